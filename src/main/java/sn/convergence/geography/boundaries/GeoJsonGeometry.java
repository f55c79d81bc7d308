package sn.convergence.geography.boundaries;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import tools.jackson.databind.JsonNode;

/**
 * Converts GeoJSON polygon geometries (RFC 7946, longitude/latitude) to JTS and back. Only
 * polygonal geometries are accepted: Polygon, MultiPolygon and GeometryCollections of them. Pure.
 */
public final class GeoJsonGeometry {

  private GeoJsonGeometry() {}

  /**
   * Reads a GeoJSON geometry object.
   *
   * @throws IllegalArgumentException with a sentence for people when it is not a valid polygon
   */
  /** Reads a GeoJSON geometry object given as text. */
  public static Geometry parse(String json, GeometryFactory factory) {
    return read(tools.jackson.databind.json.JsonMapper.builder().build().readTree(json), factory);
  }

  public static Geometry read(JsonNode node, GeometryFactory factory) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      throw new IllegalArgumentException("it has no geometry");
    }
    String type = node.path("type").asString("");
    return switch (type) {
      case "Polygon" -> polygon(node.path("coordinates"), factory);
      case "MultiPolygon" -> multiPolygon(node.path("coordinates"), factory);
      case "GeometryCollection" -> collection(node.path("geometries"), factory);
      default ->
          throw new IllegalArgumentException(
              "its geometry is a "
                  + (type.isEmpty() ? "geometry without type" : type)
                  + ", not a polygon");
    };
  }

  private static Geometry collection(JsonNode geometries, GeometryFactory factory) {
    List<Polygon> polygons = new ArrayList<>();
    for (JsonNode child : geometries) {
      Geometry geometry = read(child, factory);
      for (int i = 0; i < geometry.getNumGeometries(); i++) {
        polygons.add((Polygon) geometry.getGeometryN(i));
      }
    }
    if (polygons.isEmpty()) {
      throw new IllegalArgumentException("its geometry collection holds no polygon");
    }
    return factory.createMultiPolygon(polygons.toArray(Polygon[]::new));
  }

  private static Geometry multiPolygon(JsonNode coordinates, GeometryFactory factory) {
    requireArray(coordinates, "MultiPolygon coordinates");
    List<Polygon> polygons = new ArrayList<>();
    for (JsonNode polygon : coordinates) {
      polygons.add(polygon(polygon, factory));
    }
    return factory.createMultiPolygon(polygons.toArray(Polygon[]::new));
  }

  private static Polygon polygon(JsonNode rings, GeometryFactory factory) {
    requireArray(rings, "Polygon coordinates");
    if (rings.isEmpty()) {
      throw new IllegalArgumentException("a polygon has no ring");
    }
    LinearRing shell = ring(rings.get(0), factory);
    LinearRing[] holes = new LinearRing[rings.size() - 1];
    for (int i = 1; i < rings.size(); i++) {
      holes[i - 1] = ring(rings.get(i), factory);
    }
    return factory.createPolygon(shell, holes);
  }

  private static LinearRing ring(JsonNode positions, GeometryFactory factory) {
    requireArray(positions, "a ring");
    List<Coordinate> coordinates = new ArrayList<>(positions.size() + 1);
    for (JsonNode position : positions) {
      coordinates.add(position(position));
    }
    if (!coordinates.isEmpty()
        && !coordinates.get(0).equals2D(coordinates.get(coordinates.size() - 1))) {
      coordinates.add(new Coordinate(coordinates.get(0)));
    }
    if (coordinates.size() < 4) {
      throw new IllegalArgumentException("a ring has fewer than 4 positions");
    }
    return factory.createLinearRing(coordinates.toArray(Coordinate[]::new));
  }

  private static Coordinate position(JsonNode position) {
    if (!position.isArray()
        || position.size() < 2
        || !position.get(0).isNumber()
        || !position.get(1).isNumber()) {
      throw new IllegalArgumentException("a position is not [longitude, latitude]: " + position);
    }
    double lon = position.get(0).asDouble();
    double lat = position.get(1).asDouble();
    if (lon < -180 || lon > 180 || lat < -90 || lat > 90) {
      throw new IllegalArgumentException(
          "position ["
              + lon
              + ", "
              + lat
              + "] is not in WGS 84 degrees (GeoJSON must be longitude/latitude, not projected)");
    }
    return new Coordinate(lon, lat);
  }

  private static void requireArray(JsonNode node, String what) {
    if (node == null || !node.isArray()) {
      throw new IllegalArgumentException(what + " must be an array");
    }
  }

  /**
   * Writes a polygonal geometry as a GeoJSON Polygon or MultiPolygon, coordinates rounded to {@code
   * decimals}, exterior rings counter-clockwise and holes clockwise (RFC 7946). Rings that collapse
   * to fewer than 4 positions after rounding are left out.
   */
  public static String write(Geometry geometry, int decimals) {
    double scale = Math.pow(10, decimals);
    List<String> polygons = new ArrayList<>();
    for (int i = 0; i < geometry.getNumGeometries(); i++) {
      Geometry part = geometry.getGeometryN(i);
      if (part instanceof Polygon polygon && !polygon.isEmpty()) {
        String text = polygon(polygon, scale);
        if (text != null) {
          polygons.add(text);
        }
      }
    }
    if (polygons.size() == 1 && geometry instanceof Polygon) {
      return "{\"type\":\"Polygon\",\"coordinates\":" + polygons.get(0) + "}";
    }
    return "{\"type\":\"MultiPolygon\",\"coordinates\":[" + String.join(",", polygons) + "]}";
  }

  private static String polygon(Polygon polygon, double scale) {
    String shell = ring(polygon.getExteriorRing().getCoordinates(), true, scale);
    if (shell == null) {
      return null;
    }
    StringBuilder out = new StringBuilder("[").append(shell);
    for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
      String hole = ring(polygon.getInteriorRingN(i).getCoordinates(), false, scale);
      if (hole != null) {
        out.append(',').append(hole);
      }
    }
    return out.append(']').toString();
  }

  private static String ring(Coordinate[] coordinates, boolean counterClockwise, double scale) {
    Coordinate[] ordered = coordinates.clone();
    if (Orientation.isCCW(ordered) != counterClockwise) {
      java.util.Collections.reverse(java.util.Arrays.asList(ordered));
    }
    List<String> positions = new ArrayList<>(ordered.length);
    String previous = null;
    for (Coordinate c : ordered) {
      String position = "[" + number(c.x, scale) + "," + number(c.y, scale) + "]";
      if (!position.equals(previous)) {
        positions.add(position);
      }
      previous = position;
    }
    return positions.size() < 4 ? null : "[" + String.join(",", positions) + "]";
  }

  private static String number(double value, double scale) {
    double rounded = Math.round(value * scale) / scale;
    if (rounded == 0) {
      return "0";
    }
    if (Math.abs(rounded) < 1e-3) {
      return BigDecimal.valueOf(rounded).stripTrailingZeros().toPlainString();
    }
    String text = Double.toString(rounded);
    return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
  }
}
