package sn.convergence.maps;

import java.util.List;

/**
 * A second measure drawn as proportional circles over the choropleth: one entry per unit (value
 * null when unknown, radius 0 then), the largest value, the legend's reference sizes and the year
 * of each context indicator read.
 */
public record SymbolLayer(
    Measure measure,
    double maxValue,
    List<Symbol> units,
    List<Size> legend,
    List<MapLayer.YearUsed> years) {

  public SymbolLayer {
    units = List.copyOf(units);
    legend = List.copyOf(legend);
    years = List.copyOf(years);
  }

  /** One unit's circle at its centroid (lat and lon may be null). */
  public record Symbol(
      String pcode, String name, Double value, double radius, Double lat, Double lon) {}

  /** A reference circle of the legend. */
  public record Size(double value, double radius) {}
}
