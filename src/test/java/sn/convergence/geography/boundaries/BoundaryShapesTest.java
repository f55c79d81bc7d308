package sn.convergence.geography.boundaries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static sn.convergence.geography.boundaries.AdjacencyCalculatorTest.FACTORY;
import static sn.convergence.geography.boundaries.AdjacencyCalculatorTest.square;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import sn.convergence.geography.GeoPoint;
import sn.convergence.geography.ImportProgress;
import sn.convergence.geography.PCode;
import sn.convergence.geography.boundaries.BoundaryShapes.UnitShape;

class BoundaryShapesTest {

  @Test
  void putsTheCentroidOfASquareAtItsCentre() {
    GeoPoint centroid = BoundaryShapes.centroid(square(-17, 14, 2));

    assertThat(centroid.lat()).isCloseTo(15, within(1e-9));
    assertThat(centroid.lon()).isCloseTo(-16, within(1e-9));
  }

  @Test
  void putsTheCentroidOfTwoSquaresBetweenThem() {
    Geometry twoSquares = square(0, 0, 1).union(square(2, 0, 1));

    assertThat(BoundaryShapes.centroid(twoSquares).lon()).isCloseTo(1.5, within(1e-9));
  }

  @Test
  void measuresAOneDegreeSquareAtTheEquatorOnTheSphere() {
    double expected =
        Math.pow(BoundaryShapes.AUTHALIC_RADIUS_M / 1000, 2)
            * Math.toRadians(1)
            * Math.sin(Math.toRadians(1));

    assertThat(BoundaryShapes.areaKm2(square(0, 0, 1))).isCloseTo(expected, within(0.01));
    assertThat(expected).isCloseTo(12_363.7, within(1.0));
  }

  @Test
  void measuresSmallerSquaresFurtherFromTheEquator() {
    assertThat(BoundaryShapes.areaKm2(square(0, 60, 1)))
        .isLessThan(BoundaryShapes.areaKm2(square(0, 14, 1)) * 0.6);
  }

  @Test
  void subtractsHoles() {
    Geometry holed = square(0, 0, 2).difference(square(0.5, 0.5, 1));

    assertThat(BoundaryShapes.areaKm2(holed))
        .isCloseTo(
            BoundaryShapes.areaKm2(square(0, 0, 2)) - BoundaryShapes.areaKm2(square(0.5, 0.5, 1)),
            within(0.5));
  }

  @Test
  void repairsABowTieKeepingBothLobes() {
    Geometry bowTie =
        FACTORY.createPolygon(
            new Coordinate[] {
              new Coordinate(0, 0),
              new Coordinate(2, 2),
              new Coordinate(2, 0),
              new Coordinate(0, 2),
              new Coordinate(0, 0)
            });
    assertThat(bowTie.isValid()).isFalse();

    Geometry repaired = BoundaryShapes.repair(bowTie);

    assertThat(repaired.isValid()).isTrue();
    assertThat(repaired.getArea()).isCloseTo(2.0, within(1e-9));
  }

  @Test
  void leavesValidGeometryAsItIs() {
    Geometry valid = square(0, 0, 1);

    assertThat(BoundaryShapes.repair(valid)).isSameAs(valid);
  }

  @Test
  void buildsOneShapePerUnitFromItsParts() {
    Map<PCode, List<Geometry>> parts = new LinkedHashMap<>();
    parts.put(PCode.of("XX01"), List.of(square(0, 0, 1), square(1, 0, 1)));
    parts.put(PCode.of("XX02"), List.of(square(0, 1, 2)));

    List<UnitShape> shapes = BoundaryShapes.build(parts, 0.001, ImportProgress.NONE);

    assertThat(shapes)
        .extracting(UnitShape::pcode)
        .containsExactly(PCode.of("XX01"), PCode.of("XX02"));
    assertThat(shapes.get(0).geometry().getArea()).isCloseTo(2.0, within(1e-9));
    assertThat(shapes.get(0).centroid().lon()).isCloseTo(1.0, within(1e-9));
    assertThat(shapes.get(0).repaired()).isFalse();
  }

  @Test
  void simplifiesAJaggedEdgeButKeepsTheUnit() {
    Coordinate[] ring = new Coordinate[202];
    for (int i = 0; i <= 100; i++) {
      ring[i] = new Coordinate(i * 0.01, (i % 2) * 0.0001);
    }
    ring[101] = new Coordinate(1, 1);
    for (int i = 102; i < 201; i++) {
      ring[i] = new Coordinate(1 - (i - 101) * 0.01, 1 + (i % 2) * 0.0001);
    }
    ring[201] = new Coordinate(ring[0]);
    Geometry jagged = FACTORY.createPolygon(ring);

    Geometry[] simplified = BoundaryShapes.simplify(new Geometry[] {jagged}, 0.004);

    assertThat(simplified[0].getNumPoints()).isLessThan(20);
    assertThat(simplified[0].isValid()).isTrue();
    assertThat(simplified[0].getArea()).isCloseTo(jagged.getArea(), within(0.01));
  }
}
