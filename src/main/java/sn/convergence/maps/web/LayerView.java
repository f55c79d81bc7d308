package sn.convergence.maps.web;

import java.util.List;
import sn.convergence.maps.MapLayer;
import sn.convergence.maps.SymbolLayer;

/**
 * A layer as the page and the API show it: the classified values with the labels a reader needs
 * (measure, legend lines, which years of context data were used), and the second measure as
 * proportional circles ({@code symbols}, null when none was asked).
 */
record LayerView(
    String level,
    int year,
    String measure,
    String unit,
    String measureLabel,
    String method,
    String palette,
    List<Double> breaks,
    List<LegendLine> legend,
    String noDataColour,
    String noDataLabel,
    List<YearView> years,
    boolean yearsDiffer,
    String yearNote,
    List<MapLayer.UnitValue> units,
    SymbolView symbols) {

  /** One legend line with its formatted label ("12 – 30"). */
  record LegendLine(int index, double from, double to, String colour, int count, String label) {}

  /** The second measure: its label, largest value, legend sizes and one circle per unit. */
  record SymbolView(
      String measure,
      String measureLabel,
      double maxValue,
      List<SizeLine> legend,
      List<SymbolLayer.Symbol> units) {}

  /** A reference circle of the symbols' legend with its formatted value. */
  record SizeLine(double value, double radius, String label) {}

  /** A context indicator, its label and the year its values come from. */
  record YearView(String indicator, String label, int year) {}
}
