package sn.convergence.ingest.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import sn.convergence.geography.AdminUnit;
import sn.convergence.geography.PCode;
import sn.convergence.registry.UnitPresence;
import tools.jackson.databind.json.JsonMapper;

/**
 * The presence aggregate as a GeoJSON FeatureCollection (RFC 7946, WGS 84): one Feature per unit of
 * the level, identified by its P-code, with the unit's imported boundary (simplified) as geometry
 * when there is one, its centroid as a Point otherwise, and null when it has neither; the
 * properties are the {@link PresenceTable} columns by key. Rows reported at a coarser level are not
 * features (their area would overlap the units').
 */
final class PresenceGeoJson {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private PresenceGeoJson() {}

  /**
   * Writes the collection. {@code shapes} gives a unit's geometry as a GeoJSON object text, or
   * null.
   */
  static void write(
      List<UnitPresence> units,
      PresenceTable table,
      Map<PCode, AdminUnit> geography,
      Function<PCode, String> shapes,
      Writer out) {
    try {
      out.write("{\"type\":\"FeatureCollection\",\"features\":[");
      for (int i = 0; i < units.size(); i++) {
        UnitPresence unit = units.get(i);
        PCode pcode = PCode.of(unit.pcode());
        out.write(i == 0 ? "" : ",");
        out.write("{\"type\":\"Feature\",\"id\":");
        out.write(JSON.writeValueAsString(unit.pcode()));
        out.write(",\"geometry\":");
        out.write(geometry(pcode, geography.get(pcode), shapes));
        out.write(",\"properties\":");
        out.write(JSON.writeValueAsString(table.properties(unit)));
        out.write("}");
      }
      out.write("]}");
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String geometry(PCode pcode, AdminUnit unit, Function<PCode, String> shapes) {
    String shape = shapes.apply(pcode);
    if (shape != null && !shape.isBlank()) {
      return shape;
    }
    if (unit == null || unit.centroid() == null) {
      return "null";
    }
    return JSON.writeValueAsString(
        Map.of(
            "type", "Point", "coordinates", List.of(unit.centroid().lon(), unit.centroid().lat())));
  }
}
