package sn.convergence.geography.boundaries;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.coverage.CoverageSimplifier;
import org.locationtech.jts.coverage.CoverageValidator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.geom.util.PolygonExtracter;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.locationtech.jts.simplify.TopologyPreservingSimplifier;
import sn.convergence.geography.GeoPoint;
import sn.convergence.geography.ImportProgress;
import sn.convergence.geography.PCode;

/**
 * Turns the features of a layer into one valid geometry per unit with its area centroid, geodesic
 * area and a simplified copy for maps. Pure.
 */
public final class BoundaryShapes {

  /** Mean radius of the WGS 84 sphere of equal area (authalic radius), in metres. */
  static final double AUTHALIC_RADIUS_M = 6_371_007.181;

  /** One unit's geometry, ready to store; {@code repaired} says the source was invalid. */
  public record UnitShape(
      PCode pcode,
      Geometry geometry,
      Geometry simplified,
      GeoPoint centroid,
      double areaKm2,
      boolean repaired) {}

  private BoundaryShapes() {}

  /** Builds the shapes of a layer; {@code tolerance} is the simplification distance in degrees. */
  public static List<UnitShape> build(
      Map<PCode, List<Geometry>> parts, double tolerance, ImportProgress progress) {
    List<PCode> codes = new ArrayList<>(parts.keySet());
    Geometry[] geometries = new Geometry[codes.size()];
    boolean[] repaired = new boolean[codes.size()];
    for (int i = 0; i < codes.size(); i++) {
      List<Geometry> unitParts = parts.get(codes.get(i));
      List<Geometry> valid = new ArrayList<>();
      for (Geometry part : unitParts) {
        Geometry fixed = repair(part);
        repaired[i] |= fixed != part;
        valid.add(fixed);
      }
      geometries[i] = valid.size() == 1 ? valid.get(0) : UnaryUnionOp.union(valid);
      progress.update(ImportProgress.Phase.GEOMETRY, i + 1, codes.size());
    }
    Geometry[] simplified = simplify(geometries, tolerance);
    List<UnitShape> shapes = new ArrayList<>();
    for (int i = 0; i < codes.size(); i++) {
      shapes.add(
          new UnitShape(
              codes.get(i),
              geometries[i],
              simplified[i],
              centroid(geometries[i]),
              areaKm2(geometries[i]),
              repaired[i]));
    }
    return shapes;
  }

  /**
   * The geometry itself when valid, else a valid polygonal repair. GeometryFixer is used rather
   * than buffer(0): both remove self-intersections, but buffer(0) drops one lobe of a bow-tie.
   */
  public static Geometry repair(Geometry geometry) {
    if (geometry.isValid()) {
      return geometry;
    }
    Geometry fixed = GeometryFixer.fix(geometry);
    @SuppressWarnings("unchecked")
    List<Polygon> polygons = PolygonExtracter.getPolygons(fixed);
    return polygons.size() == 1
        ? polygons.get(0)
        : geometry.getFactory().createMultiPolygon(polygons.toArray(Polygon[]::new));
  }

  /** The area centroid; it may fall outside a concave unit (it is not a label point). */
  public static GeoPoint centroid(Geometry geometry) {
    Point point = geometry.getCentroid();
    return new GeoPoint(point.getY(), point.getX());
  }

  /** Area on the sphere of equal area to the WGS 84 ellipsoid, in km². */
  public static double areaKm2(Geometry geometry) {
    double squareMetres = 0;
    for (int i = 0; i < geometry.getNumGeometries(); i++) {
      if (geometry.getGeometryN(i) instanceof Polygon polygon) {
        squareMetres += ringArea(polygon.getExteriorRing().getCoordinates());
        for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
          squareMetres -= ringArea(polygon.getInteriorRingN(h).getCoordinates());
        }
      }
    }
    return squareMetres / 1e6;
  }

  /** Spherical ring area (Chamberlain and Duquette, 2007) of a closed ring, in m², unsigned. */
  static double ringArea(Coordinate[] ring) {
    int distinct = ring.length - 1;
    if (distinct < 3) {
      return 0;
    }
    double total = 0;
    for (int i = 0; i < distinct; i++) {
      Coordinate previous = ring[i];
      Coordinate middle = ring[(i + 1) % distinct];
      Coordinate next = ring[(i + 2) % distinct];
      total +=
          (Math.toRadians(next.x) - Math.toRadians(previous.x))
              * Math.sin(Math.toRadians(middle.y));
    }
    return Math.abs(total * AUTHALIC_RADIUS_M * AUTHALIC_RADIUS_M / 2);
  }

  /**
   * Simplifies a layer. A clean coverage (no gaps or overlaps along shared edges) is simplified as
   * a whole so that neighbours keep one common border; otherwise each unit is simplified on its own
   * with a topology-preserving simplifier.
   */
  public static Geometry[] simplify(Geometry[] geometries, double tolerance) {
    if (geometries.length > 1 && CoverageValidator.isValid(geometries)) {
      Geometry[] simplified = CoverageSimplifier.simplify(geometries, tolerance);
      if (java.util.Arrays.stream(simplified).allMatch(g -> !g.isEmpty() && g.isValid())) {
        return simplified;
      }
    }
    Geometry[] simplified = new Geometry[geometries.length];
    for (int i = 0; i < geometries.length; i++) {
      simplified[i] = TopologyPreservingSimplifier.simplify(geometries[i], tolerance);
    }
    return simplified;
  }
}
