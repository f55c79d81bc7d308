package sn.convergence.maps.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import sn.convergence.geography.PCode;
import sn.convergence.geography.UnitShapes.UnitShape;
import sn.convergence.maps.MapLayer;
import sn.convergence.maps.SymbolLayer;

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
              new MapLayer.UnitValue("SN0702", "Médina & Co", null, null, "#bdbdbd", 13.0, -14.5)),
          null);

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

  private static final String SQUARE =
      "{\"type\":\"Polygon\",\"coordinates\":[[[-15,12],[-14,12],[-14,13],[-15,13],[-15,12]]]}";

  private static LayerView withSymbols() {
    LayerView.SymbolView symbols =
        new LayerView.SymbolView(
            "BENEFICIARIES",
            "Bénéficiaires atteints",
            500,
            List.of(
                new LayerView.SizeLine(500, 22, "500"), new LayerView.SizeLine(100, 9.8, "100")),
            List.of(
                new SymbolLayer.Symbol("SN0701", "Kolda", 500.0, 22, 12.9, -14.9),
                new SymbolLayer.Symbol("SN0702", "Médina", 0.0, 0, 13.0, -14.5)));
    return new LayerView(
        LAYER.level(),
        LAYER.year(),
        LAYER.measure(),
        LAYER.unit(),
        LAYER.measureLabel(),
        LAYER.method(),
        LAYER.palette(),
        LAYER.breaks(),
        LAYER.legend(),
        LAYER.noDataColour(),
        LAYER.noDataLabel(),
        LAYER.years(),
        LAYER.yearsDiffer(),
        LAYER.yearNote(),
        LAYER.units(),
        symbols);
  }

  @Test
  void drawsTheSecondMeasureAsCirclesOverTheShapesWithItsLegend() {
    String svg =
        SvgMap.render(
            withSymbols(),
            List.of(new UnitShape(PCode.of("SN0701"), SQUARE)),
            TEXTS,
            Locale.FRENCH);

    assertThat(svg).contains("<path data-pcode=\"SN0701\"");
    assertThat(svg).contains("<circle class=\"symbol\" data-pcode=\"SN0701\"");
    assertThat(svg).contains("r=\"22.0\" fill=\"#ffffff\" fill-opacity=\"0.55\"");
    assertThat(svg)
        .as("no circle for a zero value")
        .doesNotContain("class=\"symbol\" data-pcode=\"SN0702\"");
    assertThat(svg).contains("Bénéficiaires atteints").contains(">500</text>", ">100</text>");
    assertThat(svg.split("class=\"legend-symbol\"", -1)).hasSize(3);
  }

  @Test
  void sizesTheCentroidCirclesByTheSecondMeasureWithoutShapes() {
    String svg = SvgMap.render(withSymbols(), List.of(), TEXTS, Locale.FRENCH);

    assertThat(svg)
        .contains("<circle data-pcode=\"SN0701\"")
        .contains("r=\"22.0\" fill=\"#2c7fb8\"");
    assertThat(svg)
        .as("a zero value keeps a small circle so that its colour shows")
        .contains("r=\"4.0\" fill=\"#bdbdbd\"");
    assertThat(svg).doesNotContain("class=\"symbol\"");
  }

  @Test
  void colorsUnitsByConvergenceClassAndOutlinesTheZones() {
    ClassOverlay overlay =
        new ClassOverlay(
            "Couche de convergence",
            "2023-2025",
            "Analyse 2023-2025",
            java.util.Map.of("SN0701", "#1b7837", "SN0702", "#c0392b"),
            List.of(
                new ClassOverlay.Outline(
                    "CONVERGENCE-SN0701",
                    "Zone de convergence 1 : Kolda",
                    SQUARE,
                    List.of("SN0701"))),
            List.of(new ClassOverlay.Swatch("#1b7837", "Zone de convergence")),
            "Contour d’une zone");

    String svg =
        SvgMap.render(
            LAYER,
            List.of(new UnitShape(PCode.of("SN0701"), SQUARE)),
            overlay,
            TEXTS,
            Locale.FRENCH);

    assertThat(svg).contains("<path data-pcode=\"SN0701\"").contains("fill=\"#1b7837\"");
    assertThat(svg).doesNotContain("fill=\"#2c7fb8\"");
    assertThat(svg)
        .contains(
            "<g class=\"zone\" data-zone=\"CONVERGENCE-SN0701\" fill=\"none\" stroke=\"#000000\"");
    assertThat(svg).contains("<title>Zone de convergence 1 : Kolda</title><path d=\"M");
    assertThat(svg).contains("Couche de convergence", "Analyse 2023-2025", "Contour d’une zone");
    assertThat(svg).as("the class legend replaces the measure's").doesNotContain("1 – 2");
  }

  @Test
  void ringsTheMembersOfAZoneWithoutShapes() {
    ClassOverlay overlay =
        new ClassOverlay(
            "Couche",
            "2023-2025",
            "Analyse",
            java.util.Map.of("SN0701", "#1b7837"),
            List.of(
                new ClassOverlay.Outline(
                    "CONVERGENCE-SN0701", "Zone", null, List.of("SN0701", "SN0702"))),
            List.of(),
            "Contour");

    String svg = SvgMap.render(LAYER, List.of(), overlay, TEXTS, Locale.FRENCH);

    assertThat(svg).contains("<circle data-pcode=\"SN0701\"").contains("fill=\"#1b7837\"");
    // Kolda's circle has radius 25 (largest value), Médina's 5 (no value): rings 4 px wider.
    assertThat(svg).contains("r=\"29.0\"/>").contains("r=\"9.0\"/>");
  }
}
