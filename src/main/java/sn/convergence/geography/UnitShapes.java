package sn.convergence.geography;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import sn.convergence.geography.boundaries.ShapeUnion;
import sn.convergence.geography.internal.BoundaryStore;

/**
 * Read access to imported boundaries for other modules (maps, reports): the simplified geometry of
 * each unit of a level, as the GeoJSON layer serves it. Empty when none is imported.
 */
@Service
public class UnitShapes {

  /** Decimals of the coordinates of a dissolved outline, as of the simplified shapes. */
  static final int MAP_DECIMALS = BoundaryImport.MAP_DECIMALS;

  /** A unit's simplified geometry, a GeoJSON Polygon or MultiPolygon object in WGS 84. */
  public record UnitShape(PCode pcode, String geometryJson) {}

  private final AdminUnits adminUnits;
  private final BoundaryStore store;

  UnitShapes(AdminUnits adminUnits, BoundaryStore store) {
    this.adminUnits = adminUnits;
    this.store = store;
  }

  /** Shapes of the units of a level valid on a date (null: today), by P-code. */
  public List<UnitShape> simplified(AdminLevel level, LocalDate validOn) {
    Set<PCode> valid =
        adminUnits.list(level, null, validOn).stream()
            .map(AdminUnit::pcode)
            .collect(Collectors.toSet());
    return store.simplified(level).stream()
        .filter(b -> valid.contains(b.pcode()))
        .map(b -> new UnitShape(b.pcode(), b.simplifiedJson()))
        .toList();
  }

  /** A locator of points in today's units of the level, by their imported simplified shapes. */
  public PointLocator locator(AdminLevel level) {
    org.locationtech.jts.geom.GeometryFactory factory =
        new org.locationtech.jts.geom.GeometryFactory();
    return new PointLocator(
        simplified(level, null).stream()
            .map(
                s ->
                    new PointLocator.Shape(
                        s.pcode(),
                        org.locationtech.jts.geom.prep.PreparedGeometryFactory.prepare(
                            sn.convergence.geography.boundaries.GeoJsonGeometry.parse(
                                s.geometryJson(), factory))))
            .toList());
  }

  /**
   * The outline of a group of units: their shapes (GeoJSON polygons, as {@link #simplified} returns
   * them) dissolved into one GeoJSON Polygon, a MultiPolygon when they do not all touch, without
   * inner borders.
   *
   * @param geometriesJson at least one geometry
   */
  public static String dissolve(List<String> geometriesJson) {
    return ShapeUnion.dissolve(geometriesJson, MAP_DECIMALS);
  }
}
