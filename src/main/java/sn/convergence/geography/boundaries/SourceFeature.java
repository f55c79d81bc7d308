package sn.convergence.geography.boundaries;

import java.util.Locale;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;

/**
 * One feature of a boundary file: its position (from 1), its properties as text and its polygonal
 * geometry in WGS 84 longitude/latitude.
 */
public record SourceFeature(int index, Map<String, String> properties, Geometry geometry) {

  public SourceFeature {
    properties = Map.copyOf(properties);
  }

  /** The value of a property named case-insensitively, or null. */
  public String property(String name) {
    if (name == null) {
      return null;
    }
    String value = properties.get(name);
    if (value != null) {
      return value;
    }
    String lower = name.toLowerCase(Locale.ROOT);
    return properties.entrySet().stream()
        .filter(e -> e.getKey().toLowerCase(Locale.ROOT).equals(lower))
        .map(Map.Entry::getValue)
        .findFirst()
        .orElse(null);
  }
}
