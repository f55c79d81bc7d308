package sn.convergence.maps.web;

import java.util.List;
import java.util.Locale;

/**
 * A horizontal bar chart as a standalone SVG document (served as an image, so no inline style
 * reaches the page): one bar per item, its label on the left and its formatted value on the right.
 * Pure.
 */
final class BarChart {

  private static final int WIDTH = 640;
  private static final int LABEL_WIDTH = 150;
  private static final int VALUE_WIDTH = 110;
  private static final int ROW = 22;
  private static final int TOP = 34;

  /** One bar. */
  record Bar(String label, double value) {}

  private BarChart() {}

  static String render(String title, List<Bar> bars, String colour, Locale locale) {
    double max = bars.stream().mapToDouble(Bar::value).max().orElse(0);
    int height = TOP + ROW * bars.size() + 10;
    int span = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
    StringBuilder svg = new StringBuilder();
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"")
        .append(WIDTH)
        .append("\" height=\"")
        .append(height)
        .append("\" viewBox=\"0 0 ")
        .append(WIDTH)
        .append(' ')
        .append(height)
        .append("\" font-family=\"sans-serif\" font-size=\"13\" role=\"img\" aria-label=\"")
        .append(SvgMap.xml(title))
        .append("\">\n<title>")
        .append(SvgMap.xml(title))
        .append("</title>\n<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n")
        .append("<text x=\"4\" y=\"20\" font-size=\"15\" font-weight=\"bold\" fill=\"#212529\">")
        .append(SvgMap.xml(title))
        .append("</text>\n");
    for (int i = 0; i < bars.size(); i++) {
      Bar bar = bars.get(i);
      int y = TOP + i * ROW;
      double length = max <= 0 ? 0 : SvgMap.round(span * bar.value() / max);
      svg.append("<text x=\"")
          .append(LABEL_WIDTH - 6)
          .append("\" y=\"")
          .append(y + 15)
          .append("\" text-anchor=\"end\" fill=\"#212529\">")
          .append(SvgMap.xml(bar.label()))
          .append("</text><rect class=\"bar\" x=\"")
          .append(LABEL_WIDTH)
          .append("\" y=\"")
          .append(y + 3)
          .append("\" width=\"")
          .append(length)
          .append("\" height=\"")
          .append(ROW - 6)
          .append("\" fill=\"")
          .append(colour)
          .append("\"/><text x=\"")
          .append(SvgMap.round(LABEL_WIDTH + length + 6))
          .append("\" y=\"")
          .append(y + 15)
          .append("\" fill=\"#212529\">")
          .append(SvgMap.xml(LayerViews.number(bar.value(), locale)))
          .append("</text>\n");
    }
    return svg.append("</svg>\n").toString();
  }
}
