package sn.convergence.maps.web;

import java.util.List;

/**
 * The legend column of the SVG export: the classes of the measure (or, when the convergence layer
 * is on, the convergence classes and the zone outline), then the reference circles of the second
 * measure. Each block returns the height it used. Pure.
 */
final class SvgLegend {

  static final int WIDTH = 300;
  private static final int LINE = 16;
  private static final int SWATCH_LINE = 24;
  private static final int WRAP = 34;

  private SvgLegend() {}

  /** Draws the legend from {@code top}; returns the y below it. */
  static int draw(
      StringBuilder svg,
      int x,
      int top,
      LayerView layer,
      ClassOverlay overlay,
      boolean symbolsOnCentroids,
      String noData) {
    svg.append("<g font-size=\"13\">\n");
    int y = top;
    if (overlay != null) {
      y = overlay(svg, x, y, overlay);
    } else {
      y = measure(svg, x, y, layer, noData);
    }
    if (layer.symbols() != null) {
      y = symbols(svg, x, y + 14, layer.symbols(), symbolsOnCentroids);
    }
    svg.append("</g>\n");
    return y;
  }

  /** Height the legend will take, to size the document before drawing. */
  static int height(LayerView layer, ClassOverlay overlay) {
    int h =
        overlay != null
            ? LINE * (title(overlay.title()).size() + title(overlay.period()).size())
                + SWATCH_LINE * (overlay.legend().size() + 1)
            : LINE * title(layer.measureLabel()).size() + SWATCH_LINE * (layer.legend().size() + 1);
    if (layer.symbols() != null) {
      h +=
          14
              + LINE * (title(layer.symbols().measureLabel()).size() + 1)
              + layer.symbols().legend().stream()
                  .mapToInt(s -> (int) Math.ceil(2 * s.radius()) + 8)
                  .sum();
    }
    return h + 20;
  }

  private static int measure(StringBuilder svg, int x, int y, LayerView layer, String noData) {
    y = heading(svg, x, y, layer.measureLabel());
    for (LayerView.LegendLine line : layer.legend()) {
      swatch(svg, x, y, line.colour(), line.label(), false);
      y += SWATCH_LINE;
    }
    if (layer.units().stream().anyMatch(u -> u.value() == null)) {
      swatch(svg, x, y, layer.noDataColour(), noData, false);
      y += SWATCH_LINE;
    }
    return y;
  }

  private static int overlay(StringBuilder svg, int x, int y, ClassOverlay overlay) {
    y = heading(svg, x, y, overlay.title());
    for (String line : title(overlay.period())) {
      svg.append("<text x=\"")
          .append(x)
          .append("\" y=\"")
          .append(y)
          .append("\" font-size=\"12\" fill=\"#333333\">")
          .append(SvgMap.xml(line))
          .append("</text>\n");
      y += LINE;
    }
    y += 2;
    for (ClassOverlay.Swatch swatch : overlay.legend()) {
      swatch(svg, x, y, swatch.colour(), swatch.label(), false);
      y += SWATCH_LINE;
    }
    swatch(svg, x, y, "none", overlay.outlineLabel(), true);
    return y + SWATCH_LINE;
  }

  private static int symbols(
      StringBuilder svg, int x, int y, LayerView.SymbolView symbols, boolean onCentroids) {
    y = heading(svg, x, y, symbols.measureLabel());
    double largest = symbols.legend().isEmpty() ? 0 : symbols.legend().get(0).radius();
    for (LayerView.SizeLine size : symbols.legend()) {
      double cy = y + size.radius();
      svg.append("<circle class=\"legend-symbol\" cx=\"")
          .append(SvgMap.round(x + largest))
          .append("\" cy=\"")
          .append(SvgMap.round(cy))
          .append("\" r=\"")
          .append(SvgMap.round(size.radius()))
          .append("\" ")
          .append(onCentroids ? SvgUnits.BIVARIATE_STYLE : SvgUnits.SYMBOL_STYLE)
          .append("/><text x=\"")
          .append(SvgMap.round(x + 2 * largest + 10))
          .append("\" y=\"")
          .append(SvgMap.round(cy + 4))
          .append("\">")
          .append(SvgMap.xml(size.label()))
          .append("</text>\n");
      y += (int) Math.ceil(2 * size.radius()) + 8;
    }
    return y;
  }

  private static int heading(StringBuilder svg, int x, int y, String text) {
    for (String line : title(text)) {
      svg.append("<text x=\"")
          .append(x)
          .append("\" y=\"")
          .append(y)
          .append("\" font-weight=\"bold\">")
          .append(SvgMap.xml(line))
          .append("</text>\n");
      y += LINE;
    }
    return y + 2;
  }

  private static List<String> title(String text) {
    return SvgMap.wrap(text == null ? "" : text, WRAP);
  }

  private static void swatch(
      StringBuilder svg, int x, int y, String colour, String label, boolean outline) {
    svg.append("<rect x=\"")
        .append(x)
        .append("\" y=\"")
        .append(y)
        .append("\" width=\"22\" height=\"16\" fill=\"")
        .append(colour)
        .append(
            outline ? "\" stroke=\"#000000\" stroke-width=\"2.5\"/>" : "\" stroke=\"#555555\"/>")
        .append("<text x=\"")
        .append(x + 30)
        .append("\" y=\"")
        .append(y + 13)
        .append("\">")
        .append(SvgMap.xml(label))
        .append("</text>\n");
  }
}
