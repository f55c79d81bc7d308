package sn.convergence.maps.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import sn.convergence.geography.UnitShapes.UnitShape;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Draws a classified layer as a standalone SVG document: the unit shapes filled with their class
 * colour (or, without shapes, circles at the centroids), the second measure's proportional circles,
 * the convergence layer when asked (class colours and zone outlines), a title, the legend and the
 * note on the years used. Longitude is scaled by the cosine of the mean latitude (equirectangular),
 * which is faithful enough at Senegal's latitudes. Pure apart from JSON parsing.
 */
final class SvgMap {

  static final int MAP_WIDTH = 760;
  private static final int TOP = 50;
  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** Text the drawing needs besides the layer: title, no-data label and the footer lines. */
  record Texts(String title, String noData, List<String> footer) {}

  private SvgMap() {}

  static String render(LayerView layer, List<UnitShape> shapes, Texts texts, Locale locale) {
    return render(layer, shapes, null, texts, locale);
  }

  /** {@code overlay}, the convergence layer, may be null. */
  static String render(
      LayerView layer, List<UnitShape> shapes, ClassOverlay overlay, Texts texts, Locale locale) {
    Map<String, List<double[][]>> rings = new HashMap<>();
    for (UnitShape shape : shapes) {
      rings.put(shape.pcode().value(), rings(JSON.readTree(shape.geometryJson())));
    }
    Projection projection = Projection.fit(layer, rings);
    int height =
        Math.max(projection.height() + TOP + 20, TOP + 10 + SvgLegend.height(layer, overlay));
    int footerTop = height;
    List<String> footer = new ArrayList<>();
    texts.footer().forEach(line -> footer.addAll(wrap(line, 160)));
    height += 18 * footer.size() + 10;
    int width = MAP_WIDTH + SvgLegend.WIDTH;
    StringBuilder svg = new StringBuilder();
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"")
        .append(width)
        .append("\" height=\"")
        .append(height)
        .append("\" viewBox=\"0 0 ")
        .append(width)
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
    Map<String, String> fills = overlay == null ? Map.of() : overlay.colours();
    Map<String, Double> radii;
    if (rings.isEmpty()) {
      radii = SvgUnits.circles(svg, layer, fills, projection, locale);
    } else {
      radii = Map.of();
      SvgUnits.shapes(svg, layer, rings, fills, projection, locale);
    }
    if (overlay != null) {
      SvgUnits.outlines(svg, overlay.outlines(), layer, radii, projection);
    }
    if (!rings.isEmpty() && layer.symbols() != null) {
      SvgUnits.symbols(svg, layer.symbols(), projection, locale);
    }
    SvgLegend.draw(svg, MAP_WIDTH + 10, TOP + 10, layer, overlay, rings.isEmpty(), texts.noData());
    for (int i = 0; i < footer.size(); i++) {
      svg.append("<text x=\"10\" y=\"")
          .append(footerTop + 14 + 18 * i)
          .append("\" font-size=\"12\" fill=\"#333333\">")
          .append(xml(footer.get(i)))
          .append("</text>\n");
    }
    return svg.append("</svg>\n").toString();
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
