package sn.convergence.geography.boundaries;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedSet;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import sn.convergence.geography.PCode;
import sn.convergence.geography.boundaries.AdjacencyCalculator.UnitPair;

class AdjacencyCalculatorTest {

  static final GeometryFactory FACTORY = new GeometryFactory();

  /** An axis-aligned square with its lower-left corner at (x, y). */
  static Geometry square(double x, double y, double side) {
    return FACTORY.createPolygon(
        new Coordinate[] {
          new Coordinate(x, y),
          new Coordinate(x + side, y),
          new Coordinate(x + side, y + side),
          new Coordinate(x, y + side),
          new Coordinate(x, y)
        });
  }

  private static SortedSet<UnitPair> adjacency(Geometry a, Geometry b) {
    Map<PCode, Geometry> geometries = new LinkedHashMap<>();
    geometries.put(PCode.of("XX01"), a);
    geometries.put(PCode.of("XX02"), b);
    return AdjacencyCalculator.compute(geometries, AdjacencyCalculator.DEFAULT_TOLERANCE, n -> {});
  }

  @Test
  void findsSquaresSharingAnEdge() {
    assertThat(adjacency(square(0, 0, 1), square(1, 0, 1)))
        .containsExactly(new UnitPair(PCode.of("XX01"), PCode.of("XX02")));
  }

  @Test
  void findsSquaresTouchingAtOneCorner() {
    assertThat(adjacency(square(0, 0, 1), square(1, 1, 1))).hasSize(1);
  }

  @Test
  void ignoresDisjointSquares() {
    assertThat(adjacency(square(0, 0, 1), square(1.5, 0, 1))).isEmpty();
  }

  @Test
  void bridgesAHairlineGapFromRounding() {
    assertThat(adjacency(square(0, 0, 1), square(1.0000001, 0, 1))).hasSize(1);
  }

  @Test
  void doesNotBridgeAGapOfOneRoundingStep() {
    assertThat(adjacency(square(0, 0, 1), square(1.00001, 0, 1))).isEmpty();
  }

  @Test
  void ordersPairsWhateverTheInsertionOrder() {
    Map<PCode, Geometry> geometries = new LinkedHashMap<>();
    geometries.put(PCode.of("XX03"), square(2, 0, 1));
    geometries.put(PCode.of("XX02"), square(1, 0, 1));
    geometries.put(PCode.of("XX01"), square(0, 0, 1));

    assertThat(AdjacencyCalculator.compute(geometries, 1e-6, n -> {}))
        .containsExactly(
            new UnitPair(PCode.of("XX01"), PCode.of("XX02")),
            new UnitPair(PCode.of("XX02"), PCode.of("XX03")));
  }
}
