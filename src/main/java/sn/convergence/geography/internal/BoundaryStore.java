package sn.convergence.geography.internal;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import sn.convergence.geography.AdminLevel;
import sn.convergence.geography.BoundaryImportReport;
import sn.convergence.geography.PCode;
import sn.convergence.geography.boundaries.AdjacencyCalculator.UnitPair;

/**
 * Reads and writes boundary geometry, the facts derived from it (centroid, area, computed
 * adjacency) and the log of imports. Callers provide the transaction.
 */
@Repository
public class BoundaryStore {

  /** A unit's simplified boundary as a GeoJSON geometry object, and when it was imported. */
  public record StoredBoundary(PCode pcode, String simplifiedJson, OffsetDateTime importedAt) {}

  private final JdbcClient jdbc;

  public BoundaryStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void createUnit(
      PCode pcode, AdminLevel level, String name, PCode parent, String path, String source) {
    jdbc.sql(
            "insert into admin_unit (pcode, country_code, level, level_rank, name, parent_pcode,"
                + " path, source) values (?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            pcode.value(),
            pcode.countryCode(),
            level.name(),
            level.rank(),
            name,
            parent == null ? null : parent.value(),
            path,
            truncate(source, 300))
        .update();
  }

  /** Replaces the unit's boundary and sets its centroid and area. */
  public void saveBoundary(
      PCode pcode,
      String geometryJson,
      String simplifiedJson,
      double centroidLat,
      double centroidLon,
      double areaKm2,
      String source,
      OffsetDateTime importedAt) {
    jdbc.sql("delete from admin_boundary where pcode = ?").param(pcode.value()).update();
    jdbc.sql(
            "insert into admin_boundary (pcode, geometry_json, simplified_json, source, imported_at)"
                + " values (?, ?, ?, ?, ?)")
        .params(pcode.value(), geometryJson, simplifiedJson, truncate(source, 500), importedAt)
        .update();
    jdbc.sql(
            "update admin_unit set centroid_lat = ?, centroid_lon = ?, area_km2 = ? where pcode = ?")
        .params(centroidLat, centroidLon, areaKm2, pcode.value())
        .update();
  }

  /**
   * Replaces the computed adjacency of every unit of the level in the given countries by the pairs
   * (stored in both directions).
   */
  public void replaceComputedAdjacency(
      AdminLevel level, Set<String> countries, Collection<UnitPair> pairs) {
    for (String country : countries) {
      jdbc.sql(
              "delete from admin_unit_adjacency where origin = 'COMPUTED' and pcode in"
                  + " (select pcode from admin_unit where level = ? and country_code = ?)")
          .params(level.name(), country)
          .update();
    }
    for (UnitPair pair : pairs) {
      insertComputed(pair.first(), pair.second());
      insertComputed(pair.second(), pair.first());
    }
  }

  private void insertComputed(PCode pcode, PCode neighbour) {
    jdbc.sql(
            "insert into admin_unit_adjacency (pcode, neighbour_pcode, origin)"
                + " values (?, ?, 'COMPUTED')")
        .params(pcode.value(), neighbour.value())
        .update();
  }

  /** Declared (reference-table) neighbours per unit. */
  public Map<PCode, Set<PCode>> declaredAdjacency() {
    Map<PCode, Set<PCode>> adjacency = new TreeMap<>();
    jdbc.sql("select pcode, neighbour_pcode from admin_unit_adjacency where origin = 'DECLARED'")
        .query(
            rs -> {
              adjacency
                  .computeIfAbsent(PCode.of(rs.getString(1)), p -> new TreeSet<>())
                  .add(PCode.of(rs.getString(2)));
            });
    return adjacency;
  }

  /** Simplified boundaries of the units of a level, by P-code. */
  public List<StoredBoundary> simplified(AdminLevel level) {
    return jdbc.sql(
            "select b.pcode, b.simplified_json, b.imported_at from admin_boundary b"
                + " join admin_unit u on u.pcode = b.pcode where u.level = ? order by b.pcode")
        .param(level.name())
        .query(
            (rs, n) ->
                new StoredBoundary(
                    PCode.of(rs.getString(1)),
                    rs.getString(2),
                    rs.getObject(3, OffsetDateTime.class)))
        .list();
  }

  public void logImport(BoundaryImportReport report, String user, OffsetDateTime at) {
    jdbc.sql(
            "insert into boundary_import (source, format, level, features_read, units_updated,"
                + " units_created, unknown_units, adjacency_pairs, imported_by, imported_at)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            truncate(report.source(), 500),
            report.format(),
            report.level().name(),
            report.featuresRead(),
            report.unitsUpdated(),
            report.unitsCreated().size(),
            report.unknownUnits().size(),
            report.adjacencyPairs(),
            truncate(user, 100),
            at)
        .update();
  }

  private static String truncate(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max);
  }
}
