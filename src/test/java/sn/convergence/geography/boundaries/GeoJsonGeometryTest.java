package sn.convergence.geography.boundaries;

import static org.assertj.core.api.Assertions.assertThat;
import static sn.convergence.geography.boundaries.AdjacencyCalculatorTest.FACTORY;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import tools.jackson.databind.json.JsonMapper;

class GeoJsonGeometryTest {

  private static Geometry parse(String json) {
    return GeoJsonGeometry.read(JsonMapper.builder().build().readTree(json), FACTORY);
  }

  @Test
  void writesExteriorRingsCounterClockwiseWithRoundedCoordinates() {
    Polygon clockwise =
        FACTORY.createPolygon(
            new Coordinate[] {
              new Coordinate(-17.123456, 14.0),
              new Coordinate(-17.123456, 15.0),
              new Coordinate(-16.0, 15.0),
              new Coordinate(-16.0, 14.0),
              new Coordinate(-17.123456, 14.0)
            });

    assertThat(GeoJsonGeometry.write(clockwise, 4))
        .isEqualTo(
            "{\"type\":\"Polygon\",\"coordinates\":[[[-17.1235,14],[-16,14],[-16,15],"
                + "[-17.1235,15],[-17.1235,14]]]}");
  }

  @Test
  void roundTripsAMultiPolygonWithAHole() {
    String json =
        "{\"type\":\"MultiPolygon\",\"coordinates\":[[[[0,0],[4,0],[4,4],[0,4],[0,0]],"
            + "[[1,1],[1,2],[2,2],[2,1],[1,1]]],[[[5,5],[6,5],[6,6],[5,6],[5,5]]]]}";

    Geometry geometry = parse(json);

    assertThat(geometry.getArea()).isEqualTo(16);
    assertThat(GeoJsonGeometry.write(geometry, 5)).isEqualTo(json);
  }

  @Test
  void writesTinyCoordinatesWithoutExponent() {
    Polygon nearZero =
        FACTORY.createPolygon(
            new Coordinate[] {
              new Coordinate(0.0001, 0), new Coordinate(1, 0),
              new Coordinate(1, 1), new Coordinate(0.0001, 0)
            });

    assertThat(GeoJsonGeometry.write(nearZero, 5)).contains("[0.0001,0]").doesNotContain("E");
  }
}
