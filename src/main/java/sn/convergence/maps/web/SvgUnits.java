package sn.convergence.maps.web;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import sn.convergence.maps.MapLayer;
import sn.convergence.maps.SymbolLayer;
import tools.jackson.databind.json.JsonMapper;

/**
 * The drawn units of the SVG export: shapes filled with their class colour, or circles at the
 * centroids without shapes; the second measure's proportional circles; the convergence zones'
 * outlines. Pure apart from JSON parsing.
 */
final class SvgUnits {

  /** Second-measure circles over shapes: light fill, dark edge, readable on every palette. */
  static final String SYMBOL_STYLE =
      "fill=\"#ffffff\" fill-opacity=\"0.55\" stroke=\"#212529\" stroke-width=\"1.5\"";

  /** Legend circles when the circle's colour is the first measure and its area the second. */
  static final String BIVARIATE_STYLE = "fill=\"#bdbdbd\" stroke=\"#333333\" stroke-width=\"0.8\"";

  /** Without a second measure, a circle's radius grows from this minimum with the value. */
  static final double MIN_RADIUS = 5;

  /** With a second measure and no shapes, a circle keeps this radius so its colour shows. */
  static final double MIN_SYMBOL_RADIUS = 4;

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private SvgUnits() {}

  static void shapes(
      StringBuilder svg,
      LayerView layer,
      Map<String, List<double[][]>> rings,
      Map<String, String> fills,
      Projection projection,
      Locale locale) {
    for (MapLayer.UnitValue unit : layer.units()) {
      List<double[][]> unitRings = rings.get(unit.pcode());
      if (unitRings == null) {
        continue;
      }
      svg.append("<path data-pcode=\"")
          .append(SvgMap.xml(unit.pcode()))
          .append("\" d=\"")
          .append(path(unitRings, projection))
          .append("\" fill=\"")
          .append(fills.getOrDefault(unit.pcode(), unit.colour()))
          .append("\" fill-rule=\"evenodd\" stroke=\"#ffffff\" stroke-width=\"0.8\"><title>")
          .append(SvgMap.xml(tooltip(unit, locale)))
          .append("</title></path>\n");
    }
  }

  /**
   * Circles at the centroids, filled with the class colour; their area follows the second measure
   * when there is one, else the measure itself. Returns each drawn circle's radius by P-code.
   */
  static Map<String, Double> circles(
      StringBuilder svg,
      LayerView layer,
      Map<String, String> fills,
      Projection projection,
      Locale locale) {
    Map<String, Double> radii = radii(layer);
    for (MapLayer.UnitValue unit : layer.units()) {
      if (unit.lat() == null || unit.lon() == null) {
        continue;
      }
      svg.append("<circle data-pcode=\"")
          .append(SvgMap.xml(unit.pcode()))
          .append("\" cx=\"")
          .append(projection.x(unit.lon()))
          .append("\" cy=\"")
          .append(projection.y(unit.lat()))
          .append("\" r=\"")
          .append(SvgMap.round(radii.get(unit.pcode())))
          .append("\" fill=\"")
          .append(fills.getOrDefault(unit.pcode(), unit.colour()))
          .append("\" stroke=\"#333333\" stroke-width=\"0.8\"><title>")
          .append(SvgMap.xml(tooltip(unit, locale)))
          .append("</title></circle>\n");
    }
    return radii;
  }

  /** The second measure's circles over the shapes, largest first so that small ones stay on top. */
  static void symbols(
      StringBuilder svg, LayerView.SymbolView symbols, Projection projection, Locale locale) {
    symbols.units().stream()
        .filter(s -> s.lat() != null && s.lon() != null && s.radius() > 0)
        .sorted((a, b) -> Double.compare(b.radius(), a.radius()))
        .forEach(
            s ->
                svg.append("<circle class=\"symbol\" data-pcode=\"")
                    .append(SvgMap.xml(s.pcode()))
                    .append("\" cx=\"")
                    .append(projection.x(s.lon()))
                    .append("\" cy=\"")
                    .append(projection.y(s.lat()))
                    .append("\" r=\"")
                    .append(SvgMap.round(s.radius()))
                    .append("\" ")
                    .append(SYMBOL_STYLE)
                    .append("><title>")
                    .append(SvgMap.xml(s.name() + ": " + LayerViews.number(s.value(), locale)))
                    .append("</title></circle>\n"));
  }

  /**
   * Zone outlines: the dissolved shape when there is one, else a ring around each member's circle
   * ({@code radii}, by P-code, from {@link #circles}).
   */
  static void outlines(
      StringBuilder svg,
      List<ClassOverlay.Outline> outlines,
      LayerView layer,
      Map<String, Double> radii,
      Projection projection) {
    Map<String, MapLayer.UnitValue> units = new HashMap<>();
    layer.units().forEach(u -> units.put(u.pcode(), u));
    for (ClassOverlay.Outline outline : outlines) {
      svg.append("<g class=\"zone\" data-zone=\"")
          .append(SvgMap.xml(outline.id()))
          .append("\" fill=\"none\" stroke=\"#000000\" stroke-width=\"2.5\"><title>")
          .append(SvgMap.xml(outline.label()))
          .append("</title>");
      if (outline.geometryJson() != null) {
        svg.append("<path d=\"")
            .append(path(SvgMap.rings(JSON.readTree(outline.geometryJson())), projection))
            .append("\" fill-rule=\"evenodd\"/>");
      } else {
        for (String pcode : outline.members()) {
          MapLayer.UnitValue unit = units.get(pcode);
          if (unit != null && unit.lat() != null && unit.lon() != null) {
            svg.append("<circle cx=\"")
                .append(projection.x(unit.lon()))
                .append("\" cy=\"")
                .append(projection.y(unit.lat()))
                .append("\" r=\"")
                .append(SvgMap.round(radii.getOrDefault(pcode, MIN_RADIUS) + 4))
                .append("\"/>");
          }
        }
      }
      svg.append("</g>\n");
    }
  }

  /** Radius of each unit's circle when there are no shapes. */
  static Map<String, Double> radii(LayerView layer) {
    Map<String, Double> out = new HashMap<>();
    if (layer.symbols() != null) {
      for (SymbolLayer.Symbol s : layer.symbols().units()) {
        out.put(s.pcode(), Math.max(MIN_SYMBOL_RADIUS, s.radius()));
      }
    }
    double max =
        layer.units().stream()
            .filter(u -> u.value() != null)
            .mapToDouble(u -> Math.abs(u.value()))
            .max()
            .orElse(0);
    for (MapLayer.UnitValue unit : layer.units()) {
      double share = unit.value() == null || max == 0 ? 0 : Math.abs(unit.value()) / max;
      out.putIfAbsent(
          unit.pcode(),
          layer.symbols() != null ? MIN_SYMBOL_RADIUS : MIN_RADIUS + 20 * Math.sqrt(share));
    }
    return out;
  }

  private static String path(List<double[][]> rings, Projection projection) {
    StringBuilder d = new StringBuilder();
    for (double[][] ring : rings) {
      for (int i = 0; i < ring.length; i++) {
        d.append(i == 0 ? 'M' : 'L')
            .append(projection.x(ring[i][0]))
            .append(' ')
            .append(projection.y(ring[i][1]));
      }
      d.append('Z');
    }
    return d.toString();
  }

  private static String tooltip(MapLayer.UnitValue unit, Locale locale) {
    return unit.name()
        + (unit.value() == null ? "" : ": " + LayerViews.number(unit.value(), locale));
  }
}
