package sn.convergence.convergence.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import sn.convergence.convergence.UnitClass;
import sn.convergence.convergence.ZoneLayer;
import sn.convergence.geography.GeoPoint;
import sn.convergence.geography.PCode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A {@link ZoneLayer} as one GeoJSON FeatureCollection: a feature per unit ({@code kind: "unit"},
 * its polygon, else a point at its centroid, else no geometry) followed by a feature per zone
 * ({@code kind: "zone"}, the dissolved outline of its members, else a MultiPoint of their
 * centroids). Foreign members give the level, the period and whether shapes are drawn. Class labels
 * come from {@code labels} (code to label, including {@code INSUFFICIENT_DATA}).
 */
final class ZoneGeoJson {

  static final String NO_CLASS = "INSUFFICIENT_DATA";
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private ZoneGeoJson() {}

  /** The collection as text (null geometries and properties kept, as GeoJSON wants). */
  static String write(ZoneLayer layer, Function<String, String> labels, boolean english) {
    return JSON.writeValueAsString(of(layer, labels, english));
  }

  static Map<String, Object> of(ZoneLayer layer, Function<String, String> labels, boolean english) {
    Map<PCode, GeoPoint> centroids = new LinkedHashMap<>();
    layer.units().forEach(u -> centroids.put(u.pcode(), u.centroid()));
    List<Object> features = new ArrayList<>();
    for (ZoneLayer.UnitEntry unit : layer.units()) {
      String code = unit.unitClass().map(UnitClass::name).orElse(NO_CLASS);
      Map<String, Object> properties = new LinkedHashMap<>();
      properties.put("kind", "unit");
      properties.put("pcode", unit.pcode().value());
      properties.put("name", unit.name());
      properties.put("classCode", code);
      properties.put("classLabel", labels.apply(code));
      properties.put("zone", unit.zoneId());
      features.add(feature(unit.pcode().value(), unitGeometry(unit), properties));
    }
    for (ZoneLayer.ZoneEntry entry : layer.zones()) {
      String code = entry.zone().unitClass().name();
      Map<String, Object> properties = new LinkedHashMap<>();
      properties.put("kind", "zone");
      properties.put("id", entry.zone().id());
      properties.put("rank", entry.rank());
      properties.put("rankInClass", entry.rankInClass());
      properties.put("zonesInClass", entry.zonesInClass());
      properties.put("classCode", code);
      properties.put("classLabel", labels.apply(code));
      properties.put("name", english ? entry.zone().nameEn() : entry.zone().nameFr());
      properties.put("units", entry.zone().units().stream().map(PCode::value).toList());
      Object geometry =
          entry
              .outlineJson()
              .<Object>map(JSON::readTree)
              .orElseGet(() -> points(entry.zone().units(), centroids));
      features.add(feature(entry.zone().id(), geometry, properties));
    }
    Map<String, Object> collection = new LinkedHashMap<>();
    collection.put("type", "FeatureCollection");
    collection.put("level", layer.query().level().name());
    collection.put("fromYear", layer.query().fromYear());
    collection.put("toYear", layer.query().toYear());
    collection.put("period", layer.query().periodLabel());
    collection.put("shapes", layer.shapes());
    collection.put("features", features);
    return collection;
  }

  private static Object unitGeometry(ZoneLayer.UnitEntry unit) {
    if (unit.geometryJson() != null) {
      return JSON.readTree(unit.geometryJson());
    }
    return unit.centroid() == null ? null : point(unit.centroid());
  }

  private static Map<String, Object> point(GeoPoint p) {
    return Map.of("type", "Point", "coordinates", List.of(p.lon(), p.lat()));
  }

  private static Map<String, Object> points(List<PCode> members, Map<PCode, GeoPoint> centroids) {
    List<List<Double>> coordinates =
        members.stream()
            .map(centroids::get)
            .filter(p -> p != null)
            .map(p -> List.of(p.lon(), p.lat()))
            .toList();
    return coordinates.isEmpty() ? null : Map.of("type", "MultiPoint", "coordinates", coordinates);
  }

  private static Map<String, Object> feature(
      String id, Object geometry, Map<String, Object> properties) {
    Map<String, Object> feature = new LinkedHashMap<>();
    feature.put("type", "Feature");
    feature.put("id", id);
    feature.put("geometry", geometry);
    feature.put("properties", properties);
    return feature;
  }
}
