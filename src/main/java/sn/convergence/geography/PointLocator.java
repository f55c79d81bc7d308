package sn.convergence.geography;

import java.util.List;
import java.util.Optional;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;

/**
 * Places WGS 84 points in the units of one level by their imported shapes. Built once for many
 * points; {@link #hasShapes()} is false when no boundary of the level is imported.
 */
public final class PointLocator {

  /** A unit's shape, prepared for repeated point tests. */
  record Shape(PCode pcode, PreparedGeometry geometry) {}

  private static final GeometryFactory FACTORY = new GeometryFactory();

  private final List<Shape> shapes;

  PointLocator(List<Shape> shapes) {
    this.shapes = List.copyOf(shapes);
  }

  public boolean hasShapes() {
    return !shapes.isEmpty();
  }

  /** The unit whose shape covers the point, if any. */
  public Optional<PCode> locate(double latitude, double longitude) {
    Point point = FACTORY.createPoint(new Coordinate(longitude, latitude));
    return shapes.stream().filter(s -> s.geometry().covers(point)).map(Shape::pcode).findFirst();
  }
}
