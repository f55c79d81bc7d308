package sn.convergence.maps.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import sn.convergence.geography.PCode;
import sn.convergence.geography.UnitShapes.UnitShape;
import sn.convergence.maps.MapLayer;

class SvgMapTest {

  private static final LayerView LAYER =
      new LayerView(
          "DEPARTMENT",
          2024,
          "INTERVENTIONS",
          "HOUSEHOLDS",
          "Interventions <présentes>",
          "QUANTILES",
          "YLGNBU",
          List.of(1.0, 2.0, 4.0),
          List.of(
              new LayerView.LegendLine(0, 1, 2, "#edf8b1", 1, "1 – 2"),
              new LayerView.LegendLine(1, 2, 4, "#2c7fb8", 1, "2 – 4")),
          "#bdbdbd",
          "Pas de donnée",
          List.of(),
          false,
          "",
          List.of(
              new MapLayer.UnitValue("SN0701", "Kolda", 4.0, 1, "#2c7fb8", 12.9, -14.9),
              new MapLayer.UnitValue("SN0702", "Médina & Co", null, null, "#bdbdbd", 13.0, -14.5)));

  private static final SvgMap.Texts TEXTS =
      new SvgMap.Texts("Carte 2024", "Pas de donnée", List.of("Source : test"));

  @Test
  void fillsEachShapeWithItsClassColourInsideTheMapBox() {
    String square =
        "{\"type\":\"Polygon\",\"coordinates\":[[[-15,12],[-14,12],[-14,13],[-15,13],[-15,12]]]}";
    String svg =
        SvgMap.render(
            LAYER, List.of(new UnitShape(PCode.of("SN0701"), square)), TEXTS, Locale.FRENCH);

    assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"");
    assertThat(svg).contains("<path data-pcode=\"SN0701\" d=\"M20.0 ");
    assertThat(svg).contains("fill=\"#2c7fb8\"").contains("<title>Kolda: 4</title>");
    assertThat(svg).doesNotContain("data-pcode=\"SN0702\"");
    assertThat(svg).contains("Interventions &lt;présentes&gt;").contains("1 – 2", "2 – 4");
    assertThat(svg).contains("Source : test").contains("Pas de donnée");
    assertThat(svg).endsWith("</svg>\n");
  }

  @Test
  void drawsCirclesAtTheCentroidsWithoutShapesAndEscapesNames() {
    String svg = SvgMap.render(LAYER, List.of(), TEXTS, Locale.FRENCH);

    assertThat(svg).contains("<circle data-pcode=\"SN0701\"", "<circle data-pcode=\"SN0702\"");
    assertThat(svg).contains("r=\"25.0\" fill=\"#2c7fb8\"").contains("r=\"5.0\" fill=\"#bdbdbd\"");
    assertThat(svg).contains("Médina &amp; Co").doesNotContain("Médina & Co");
  }

  @Test
  void wrapsLongLinesAtSpaces() {
    assertThat(SvgMap.wrap("Couverture pour 1 000 personnes pauvres", 16))
        .containsExactly("Couverture pour", "1 000 personnes", "pauvres");
  }

  @Test
  void readsPolygonsAndMultiPolygonsIntoRings() {
    var multi =
        tools.jackson.databind.json.JsonMapper.builder()
            .build()
            .readTree(
                "{\"type\":\"MultiPolygon\",\"coordinates\":[[[[0,0],[1,0],[1,1],[0,0]]],"
                    + "[[[2,2],[3,2],[3,3],[2,2]],[[2.2,2.2],[2.5,2.2],[2.5,2.5],[2.2,2.2]]]]}");

    List<double[][]> rings = SvgMap.rings(multi);

    assertThat(rings).hasSize(3);
    assertThat(rings.get(2)[1]).containsExactly(2.5, 2.2);
  }
}
