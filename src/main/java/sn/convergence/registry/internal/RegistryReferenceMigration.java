package sn.convergence.registry.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVRecord;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.stereotype.Component;
import sn.convergence.system.ReferenceFiles;

/**
 * Loads the intervention taxonomy ({@code reference/registry/families.csv}, {@code types.csv},
 * {@code target-groups.csv}) as a repeatable Flyway migration that runs again whenever a file
 * changes. Rows are updated in place; a row missing from its file is deleted only when no
 * intervention uses it, so stored interventions never lose their classification.
 */
@Component
public class RegistryReferenceMigration implements JavaMigration {

  static final String FAMILIES = "reference/registry/families.csv";
  static final String TYPES = "reference/registry/types.csv";
  static final String TARGET_GROUPS = "reference/registry/target-groups.csv";

  @Override
  public MigrationVersion getVersion() {
    return null;
  }

  @Override
  public String getDescription() {
    return "registry reference";
  }

  @Override
  public Integer getChecksum() {
    return ReferenceFiles.checksum(List.of(FAMILIES, TYPES, TARGET_GROUPS));
  }

  @Override
  public boolean canExecuteInTransaction() {
    return true;
  }

  @Override
  public void migrate(Context context) throws Exception {
    Connection connection = context.getConnection();
    List<CSVRecord> families = ReferenceFiles.read(FAMILIES);
    List<CSVRecord> types = ReferenceFiles.read(TYPES);
    List<CSVRecord> groups = ReferenceFiles.read(TARGET_GROUPS);
    for (CSVRecord row : families) {
      upsert(
          connection,
          "intervention_family",
          List.of("label_fr", "label_en", "sort_order"),
          row.get("code"),
          row.get("label_fr"),
          row.get("label_en"),
          Integer.valueOf(row.get("sort_order")));
    }
    for (CSVRecord row : types) {
      upsert(
          connection,
          "intervention_type",
          List.of(
              "family_code", "label_fr", "label_en", "dac_sector", "default_unit", "sort_order"),
          row.get("code"),
          row.get("family_code"),
          row.get("label_fr"),
          row.get("label_en"),
          blankToNull(row.get("dac_sector")),
          blankToNull(row.get("default_unit")),
          Integer.valueOf(row.get("sort_order")));
    }
    for (CSVRecord row : groups) {
      upsert(
          connection,
          "target_group",
          List.of("label_fr", "label_en", "sort_order"),
          row.get("code"),
          row.get("label_fr"),
          row.get("label_en"),
          Integer.valueOf(row.get("sort_order")));
    }
    deleteUnused(
        connection,
        "delete from intervention_type where code = ? and not exists"
            + " (select 1 from intervention_type_link l where l.type_code = ?)",
        "select code from intervention_type",
        codes(types));
    deleteUnused(
        connection,
        "delete from intervention_family where code = ? and not exists"
            + " (select 1 from intervention_type t where t.family_code = ?)",
        "select code from intervention_family",
        codes(families));
    deleteUnused(
        connection,
        "delete from target_group where code = ? and not exists"
            + " (select 1 from intervention_target_group g where g.target_group_code = ?)",
        "select code from target_group",
        codes(groups));
  }

  /** Updates the row with that code, or inserts it; table and column names are constants. */
  private static void upsert(
      Connection connection, String table, List<String> columns, String code, Object... values)
      throws SQLException {
    String assignments = columns.stream().map(c -> c + " = ?").collect(Collectors.joining(", "));
    int updated;
    try (PreparedStatement update =
        connection.prepareStatement(
            "update " + table + " set " + assignments + " where code = ?")) {
      bind(update, values);
      update.setString(values.length + 1, code);
      updated = update.executeUpdate();
    }
    if (updated == 0) {
      String marks = columns.stream().map(c -> "?").collect(Collectors.joining(", "));
      try (PreparedStatement insert =
          connection.prepareStatement(
              "insert into "
                  + table
                  + " ("
                  + String.join(", ", columns)
                  + ", code) values ("
                  + marks
                  + ", ?)")) {
        bind(insert, values);
        insert.setString(values.length + 1, code);
        insert.executeUpdate();
      }
    }
  }

  private static void deleteUnused(
      Connection connection, String deleteSql, String selectSql, Set<String> keep)
      throws SQLException {
    List<String> stored = new ArrayList<>();
    try (PreparedStatement select = connection.prepareStatement(selectSql);
        var rs = select.executeQuery()) {
      while (rs.next()) {
        stored.add(rs.getString(1));
      }
    }
    try (PreparedStatement delete = connection.prepareStatement(deleteSql)) {
      for (String code : stored) {
        if (!keep.contains(code)) {
          delete.setString(1, code);
          delete.setString(2, code);
          delete.executeUpdate();
        }
      }
    }
  }

  private static void bind(PreparedStatement statement, Object[] values) throws SQLException {
    for (int i = 0; i < values.length; i++) {
      statement.setObject(i + 1, values[i]);
    }
  }

  private static Set<String> codes(List<CSVRecord> rows) {
    return rows.stream().map(r -> r.get("code")).collect(Collectors.toSet());
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
