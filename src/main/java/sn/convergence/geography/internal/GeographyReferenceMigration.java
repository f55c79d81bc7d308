package sn.convergence.geography.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.stereotype.Component;
import sn.convergence.geography.AdminLevel;
import sn.convergence.geography.NameNormalizer;
import sn.convergence.system.ReferenceFiles;

/**
 * Loads the shipped reference geography ({@code reference/geography/<country>/admin-units.csv} and
 * {@code aliases.csv}) as a repeatable Flyway migration: it runs again whenever a file changes,
 * updating units in place so that data pointing at them is kept. Aliases confirmed by users and
 * adjacency computed from boundaries are left alone.
 */
@Component
public class GeographyReferenceMigration implements JavaMigration {

  static final List<String> COUNTRIES = List.of("SN");
  static final String SOURCE =
      "OCHA COD-AB Senegal (HDX cod-ab-sen), CC BY-IGO 3.0; centroids and adjacency derived once";

  @Override
  public MigrationVersion getVersion() {
    return null;
  }

  @Override
  public String getDescription() {
    return "geography reference";
  }

  @Override
  public Integer getChecksum() {
    return ReferenceFiles.checksum(
        COUNTRIES.stream()
            .flatMap(
                c -> java.util.stream.Stream.of(path(c, "admin-units.csv"), path(c, "aliases.csv")))
            .toList());
  }

  @Override
  public boolean canExecuteInTransaction() {
    return true;
  }

  @Override
  public void migrate(Context context) throws Exception {
    Connection connection = context.getConnection();
    for (String country : COUNTRIES) {
      List<CSVRecord> units = ReferenceFiles.read(path(country, "admin-units.csv"));
      upsertUnits(connection, country, units);
      replaceDeclaredAdjacency(connection, units);
      replaceAliases(connection, ReferenceFiles.read(path(country, "aliases.csv")));
    }
  }

  private static void upsertUnits(Connection connection, String country, List<CSVRecord> rows)
      throws SQLException {
    Map<String, String> paths = new HashMap<>();
    for (CSVRecord row : rows) {
      String parent = row.get("parent_pcode");
      String path =
          parent.isEmpty() ? row.get("pcode") : paths.get(parent) + "/" + row.get("pcode");
      paths.put(row.get("pcode"), path);
      boolean exists = exists(connection, row.get("pcode"));
      String sql =
          exists
              ? "update admin_unit set country_code=?, level=?, level_rank=?, name=?, parent_pcode=?, path=?,"
                  + " valid_from=?, valid_to=?, centroid_lat=?, centroid_lon=?, area_km2=?, source=? where pcode=?"
              : "insert into admin_unit (country_code, level, level_rank, name, parent_pcode, path, valid_from,"
                  + " valid_to, centroid_lat, centroid_lon, area_km2, source, pcode) values (?,?,?,?,?,?,?,?,?,?,?,?,?)";
      try (PreparedStatement statement = connection.prepareStatement(sql)) {
        AdminLevel level = AdminLevel.valueOf(row.get("level"));
        statement.setString(1, country);
        statement.setString(2, level.name());
        statement.setInt(3, level.rank());
        statement.setString(4, row.get("name"));
        statement.setString(5, parent.isEmpty() ? null : parent);
        statement.setString(6, path);
        statement.setObject(7, date(row.get("valid_from")));
        statement.setObject(8, date(row.get("valid_to")));
        statement.setObject(9, number(row.get("centroid_lat")));
        statement.setObject(10, number(row.get("centroid_lon")));
        statement.setObject(11, number(row.get("area_km2")));
        statement.setString(12, SOURCE);
        statement.setString(13, row.get("pcode"));
        statement.executeUpdate();
      }
    }
  }

  private static void replaceDeclaredAdjacency(Connection connection, List<CSVRecord> rows)
      throws SQLException {
    try (PreparedStatement delete =
            connection.prepareStatement(
                "delete from admin_unit_adjacency where origin = 'DECLARED' and pcode = ?");
        PreparedStatement insert =
            connection.prepareStatement(
                "insert into admin_unit_adjacency (pcode, neighbour_pcode, origin) values (?, ?, 'DECLARED')")) {
      for (CSVRecord row : rows) {
        delete.setString(1, row.get("pcode"));
        delete.executeUpdate();
        for (String neighbour : row.get("adjacent_pcodes").split(";")) {
          if (!neighbour.isBlank()) {
            insert.setString(1, row.get("pcode"));
            insert.setString(2, neighbour.strip());
            insert.addBatch();
          }
        }
      }
      insert.executeBatch();
    }
  }

  private static void replaceAliases(Connection connection, List<CSVRecord> rows)
      throws SQLException {
    try (PreparedStatement delete =
            connection.prepareStatement("delete from admin_unit_alias where kind <> 'USER'");
        PreparedStatement insert =
            connection.prepareStatement(
                "insert into admin_unit_alias (pcode, alias, normalized, kind, valid_from, valid_to)"
                    + " values (?, ?, ?, ?, ?, ?)")) {
      delete.executeUpdate();
      for (CSVRecord row : rows) {
        insert.setString(1, row.get("pcode"));
        insert.setString(2, row.get("alias"));
        insert.setString(3, NameNormalizer.normalize(row.get("alias")));
        insert.setString(4, row.get("kind"));
        insert.setObject(5, date(row.get("valid_from")));
        insert.setObject(6, date(row.get("valid_to")));
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  private static boolean exists(Connection connection, String pcode) throws SQLException {
    try (PreparedStatement statement =
        connection.prepareStatement("select 1 from admin_unit where pcode = ?")) {
      statement.setString(1, pcode);
      try (var rs = statement.executeQuery()) {
        return rs.next();
      }
    }
  }

  private static java.sql.Date date(String text) {
    return text == null || text.isBlank() ? null : java.sql.Date.valueOf(text);
  }

  private static Double number(String text) {
    return text == null || text.isBlank() ? null : Double.valueOf(text);
  }

  private static String path(String country, String file) {
    return "reference/geography/" + country + "/" + file;
  }
}
