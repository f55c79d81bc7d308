package sn.convergence.geography.boundaries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ShapeUnionTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** Two departments sharing the edge x = 1: [0,1]x[0,1] and [1,2]x[0,1]. */
  static final String WEST =
      "{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,0],[1,1],[0,1],[0,0]]]}";

  static final String EAST =
      "{\"type\":\"Polygon\",\"coordinates\":[[[1,0],[2,0],[2,1],[1,1],[1,0]]]}";

  @Test
  void dissolvesTwoAdjacentDepartmentsIntoOnePolygonWithoutTheSharedBorder() {
    JsonNode outline = JSON.readTree(ShapeUnion.dissolve(List.of(WEST, EAST), 4));

    assertThat(outline.get("type").asString()).isEqualTo("Polygon");
    assertThat(outline.get("coordinates")).as("one ring, no hole").hasSize(1);
    Geometry shape = GeoJsonGeometry.read(outline, AdjacencyCalculatorTest.FACTORY);
    assertThat(shape.getArea()).isEqualTo(2.0);
    assertThat(shape.getEnvelopeInternal())
        .isEqualTo(new org.locationtech.jts.geom.Envelope(0, 2, 0, 1));
    assertThat(shape.getBoundary().intersects(point(1, 0.5))).as("no inner border").isFalse();
  }

  @Test
  void keepsUnitsThatDoNotTouchAsAMultiPolygon() {
    String far = "{\"type\":\"Polygon\",\"coordinates\":[[[5,5],[6,5],[6,6],[5,6],[5,5]]]}";

    JsonNode outline = JSON.readTree(ShapeUnion.dissolve(List.of(WEST, far), 4));

    assertThat(outline.get("type").asString()).isEqualTo("MultiPolygon");
    assertThat(outline.get("coordinates")).hasSize(2);
  }

  @Test
  void fillsSliversBetweenSimplifiedShapesButKeepsRealEnclaves() {
    String ring =
        "{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[3,0],[3,3],[0,3],[0,0]],"
            + "[[1,1],[1,2],[2,2],[2,1],[1,1]],"
            + "[[2.5,2.5],[2.5,2.505],[2.505,2.505],[2.505,2.5],[2.5,2.5]]]}";

    JsonNode outline = JSON.readTree(ShapeUnion.dissolve(List.of(ring), 4));

    assertThat(outline.get("coordinates")).hasSize(2);
    assertThat(outline.get("coordinates").get(1).toString()).contains("[1,1]");
  }

  private static Geometry point(double x, double y) {
    return AdjacencyCalculatorTest.FACTORY.createPoint(
        new org.locationtech.jts.geom.Coordinate(x, y));
  }

  @Test
  void refusesAnEmptyGroup() {
    assertThatThrownBy(() -> ShapeUnion.dissolve(List.of(), 4))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
