package sn.convergence.maps.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import sn.convergence.geography.UnitShapes.UnitShape;
import sn.convergence.maps.MapLayer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Draws a classified layer as a standalone SVG document: the unit shapes filled with their class
 * colour (or, without shapes, proportional circles at the centroids), a title, the legend and the
 * note on the years used. Longitude is scaled by the cosine of the mean latitude (equirectangular),
 * which is faithful enough at Senegal's latitudes. Pure apart from JSON parsing.
 */
final class SvgMap {

  static final int MAP_WIDTH = 760;
  private static final int LEGEND_WIDTH = 300;
  private static final int TOP = 50;
  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** Text the drawing needs besides the layer: title, no-data label and the footer lines. */
  record Texts(String title, String noData, List<String> footer) {}

  private SvgMap() {}

  static String render(LayerView layer, List<UnitShape> shapes, Texts texts, Locale locale) {
    Map<String, List<double[][]>> rings = new HashMap<>();
    for (UnitShape shape : shapes) {
      rings.put(shape.pcode().value(), rings(JSON.readTree(shape.geometryJson())));
    }
    Projection projection = Projection.fit(layer, rings);
    List<String> titleLines = wrap(layer.measureLabel(), 34);
    int height =
        Math.max(
            projection.height() + TOP + 20,
            140 + 24 * layer.legend().size() + 16 * titleLines.size());
    int footerTop = height;
    List<String> footer = new ArrayList<>();
    texts.footer().forEach(line -> footer.addAll(wrap(line, 160)));
    height += 18 * footer.size() + 10;
    StringBuilder svg = new StringBuilder();
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"")
        .append(MAP_WIDTH + LEGEND_WIDTH)
        .append("\" height=\"")
        .append(height)
        .append("\" viewBox=\"0 0 ")
        .append(MAP_WIDTH + LEGEND_WIDTH)
        .append(' ')
        .append(height)
        .append("\" font-family=\"sans-serif\" role=\"img\" aria-label=\"")
        .append(xml(texts.title()))
        .append("\">\n<title>")
        .append(xml(texts.title()))
        .append("</title>\n<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n")
        .append("<text x=\"10\" y=\"28\" font-size=\"18\" font-weight=\"bold\">")
        .append(xml(texts.title()))
        .append("</text>\n");
    if (rings.isEmpty()) {
      circles(svg, layer, projection, locale);
    } else {
      shapes(svg, layer, rings, projection, locale);
    }
    legend(svg, layer, titleLines, texts.noData());
    for (int i = 0; i < footer.size(); i++) {
      svg.append("<text x=\"10\" y=\"")
          .append(footerTop + 14 + 18 * i)
          .append("\" font-size=\"12\" fill=\"#333333\">")
          .append(xml(footer.get(i)))
          .append("</text>\n");
    }
    return svg.append("</svg>\n").toString();
  }

  private static void shapes(
      StringBuilder svg,
      LayerView layer,
      Map<String, List<double[][]>> rings,
      Projection projection,
      Locale locale) {
    for (MapLayer.UnitValue unit : layer.units()) {
      List<double[][]> unitRings = rings.get(unit.pcode());
      if (unitRings == null) {
        continue;
      }
      StringBuilder d = new StringBuilder();
      for (double[][] ring : unitRings) {
        for (int i = 0; i < ring.length; i++) {
          d.append(i == 0 ? 'M' : 'L')
              .append(projection.x(ring[i][0]))
              .append(' ')
              .append(projection.y(ring[i][1]));
        }
        d.append('Z');
      }
      svg.append("<path data-pcode=\"")
          .append(xml(unit.pcode()))
          .append("\" d=\"")
          .append(d)
          .append("\" fill=\"")
          .append(unit.colour())
          .append("\" fill-rule=\"evenodd\" stroke=\"#ffffff\" stroke-width=\"0.8\"><title>")
          .append(xml(tooltip(unit, locale)))
          .append("</title></path>\n");
    }
  }

  private static void circles(
      StringBuilder svg, LayerView layer, Projection projection, Locale locale) {
    double max =
        layer.units().stream()
            .filter(u -> u.value() != null)
            .mapToDouble(u -> Math.abs(u.value()))
            .max()
            .orElse(0);
    for (MapLayer.UnitValue unit : layer.units()) {
      if (unit.lat() == null || unit.lon() == null) {
        continue;
      }
      double share = unit.value() == null || max == 0 ? 0 : Math.abs(unit.value()) / max;
      svg.append("<circle data-pcode=\"")
          .append(xml(unit.pcode()))
          .append("\" cx=\"")
          .append(projection.x(unit.lon()))
          .append("\" cy=\"")
          .append(projection.y(unit.lat()))
          .append("\" r=\"")
          .append(round(5 + 20 * Math.sqrt(share)))
          .append("\" fill=\"")
          .append(unit.colour())
          .append("\" stroke=\"#333333\" stroke-width=\"0.8\"><title>")
          .append(xml(tooltip(unit, locale)))
          .append("</title></circle>\n");
    }
  }

  private static void legend(
      StringBuilder svg, LayerView layer, List<String> titleLines, String noData) {
    int x = MAP_WIDTH + 10;
    svg.append("<g font-size=\"13\">\n");
    int y = TOP + 10;
    for (String line : titleLines) {
      svg.append("<text x=\"")
          .append(x)
          .append("\" y=\"")
          .append(y)
          .append("\" font-weight=\"bold\">")
          .append(xml(line))
          .append("</text>\n");
      y += 16;
    }
    y += 2;
    for (LayerView.LegendLine line : layer.legend()) {
      swatch(svg, x, y, line.colour(), line.label());
      y += 24;
    }
    if (layer.units().stream().anyMatch(u -> u.value() == null)) {
      swatch(svg, x, y, layer.noDataColour(), noData);
    }
    svg.append("</g>\n");
  }

  /** Splits text into lines of at most {@code width} characters at spaces (long words kept). */
  static List<String> wrap(String text, int width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" ")) {
      if (line.length() > 0 && line.length() + 1 + word.length() > width) {
        lines.add(line.toString());
        line.setLength(0);
      }
      line.append(line.length() == 0 ? "" : " ").append(word);
    }
    if (line.length() > 0) {
      lines.add(line.toString());
    }
    return lines;
  }

  private static void swatch(StringBuilder svg, int x, int y, String colour, String label) {
    svg.append("<rect x=\"")
        .append(x)
        .append("\" y=\"")
        .append(y)
        .append("\" width=\"22\" height=\"16\" fill=\"")
        .append(colour)
        .append("\" stroke=\"#555555\"/><text x=\"")
        .append(x + 30)
        .append("\" y=\"")
        .append(y + 13)
        .append("\">")
        .append(xml(label))
        .append("</text>\n");
  }

  private static String tooltip(MapLayer.UnitValue unit, Locale locale) {
    return unit.name()
        + (unit.value() == null ? "" : ": " + LayerViews.number(unit.value(), locale));
  }

  /** Outer and inner rings of a Polygon or MultiPolygon as [lon, lat] arrays. */
  static List<double[][]> rings(JsonNode geometry) {
    List<double[][]> out = new ArrayList<>();
    String type = geometry.path("type").asString("");
    JsonNode coordinates = geometry.path("coordinates");
    if ("Polygon".equals(type)) {
      coordinates.forEach(ring -> out.add(points(ring)));
    } else if ("MultiPolygon".equals(type)) {
      coordinates.forEach(polygon -> polygon.forEach(ring -> out.add(points(ring))));
    }
    return out;
  }

  private static double[][] points(JsonNode ring) {
    double[][] points = new double[ring.size()][];
    for (int i = 0; i < ring.size(); i++) {
      points[i] = new double[] {ring.get(i).get(0).asDouble(), ring.get(i).get(1).asDouble()};
    }
    return points;
  }

  static double round(double v) {
    return Math.round(v * 10) / 10.0;
  }

  static String xml(String text) {
    if (text == null) {
      return "";
    }
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;")
        .replace("'", "&apos;");
  }
}
