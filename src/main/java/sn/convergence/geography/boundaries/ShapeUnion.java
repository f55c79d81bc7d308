package sn.convergence.geography.boundaries;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import tools.jackson.databind.json.JsonMapper;

/**
 * Dissolves unit shapes into one outline (a group of adjacent departments becomes one polygon, with
 * no inner borders). Holes smaller than {@link #SLIVER_DEG2} square degrees (about 1 km² at
 * Senegal's latitudes) are dropped: they are slivers between simplified shapes, not enclaves. Pure.
 */
public final class ShapeUnion {

  /** Holes below this area, in square degrees, are slivers and are filled. */
  static final double SLIVER_DEG2 = 1e-4;

  private static final GeometryFactory FACTORY = new GeometryFactory();
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private ShapeUnion() {}

  /**
   * The union of GeoJSON Polygon or MultiPolygon geometries as one GeoJSON Polygon (or MultiPolygon
   * when the shapes do not touch), coordinates rounded to {@code decimals}.
   *
   * @throws IllegalArgumentException when the list is empty or a geometry is not polygonal
   */
  public static String dissolve(List<String> geometriesJson, int decimals) {
    if (geometriesJson.isEmpty()) {
      throw new IllegalArgumentException("nothing to dissolve");
    }
    List<Geometry> parts = new ArrayList<>();
    for (String json : geometriesJson) {
      parts.add(BoundaryShapes.repair(GeoJsonGeometry.read(JSON.readTree(json), FACTORY)));
    }
    return GeoJsonGeometry.write(withoutSlivers(UnaryUnionOp.union(parts)), decimals);
  }

  private static Geometry withoutSlivers(Geometry geometry) {
    List<Polygon> polygons = new ArrayList<>();
    for (int i = 0; i < geometry.getNumGeometries(); i++) {
      if (geometry.getGeometryN(i) instanceof Polygon polygon && !polygon.isEmpty()) {
        polygons.add(withoutSmallHoles(polygon));
      }
    }
    return polygons.size() == 1
        ? polygons.get(0)
        : FACTORY.createMultiPolygon(polygons.toArray(Polygon[]::new));
  }

  private static Polygon withoutSmallHoles(Polygon polygon) {
    List<LinearRing> holes = new ArrayList<>();
    for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
      LinearRing hole = polygon.getInteriorRingN(h);
      if (FACTORY.createPolygon(hole).getArea() >= SLIVER_DEG2) {
        holes.add(hole);
      }
    }
    return FACTORY.createPolygon(polygon.getExteriorRing(), holes.toArray(LinearRing[]::new));
  }
}
