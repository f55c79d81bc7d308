package sn.convergence.maps;

import java.util.List;

/**
 * A classified layer: one entry per unit (value null when unknown, then no class and the no-data
 * colour), the class bounds and the legend, and the year of each context indicator the values were
 * computed from ({@code yearsDiffer} when one of them is not the layer's year); {@code symbols},
 * the second measure as proportional circles, is null when none was asked.
 */
public record MapLayer(
    String level,
    int year,
    Measure measure,
    ClassMethod method,
    Palette palette,
    List<Double> breaks,
    List<LegendClass> legend,
    String noDataColour,
    List<YearUsed> years,
    boolean yearsDiffer,
    List<UnitValue> units,
    SymbolLayer symbols) {

  /**
   * One unit: value, class (null when no value), colour, and centroid for symbols (may be null).
   */
  public record UnitValue(
      String pcode,
      String name,
      Double value,
      Integer classIndex,
      String colour,
      Double lat,
      Double lon) {}

  /**
   * One class of the legend: values in {@code [from, to]} for the first class, {@code (from, to]}
   * for the others; {@code count} units fall in it.
   */
  public record LegendClass(int index, double from, double to, String colour, int count) {}

  /** The year a context indicator's values come from. */
  public record YearUsed(String indicator, int year) {}
}
