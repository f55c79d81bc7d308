package sn.convergence.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import sn.convergence.geography.AdminLevel;
import sn.convergence.geography.AdminUnit;
import sn.convergence.geography.AdminUnits;
import sn.convergence.geography.PCode;

/**
 * What every supported database must show after Flyway migrated it from empty: the schema history
 * is clean and the shipped reference geography reads back through the geography API. Run on H2 by
 * {@link FlywayMigrationIntegrationTest} and on PostgreSQL by {@link
 * FlywayMigrationPostgresIntegrationTest}.
 */
abstract class FlywayMigrationContract {

  private static final PCode KEUR_MASSAR = PCode.of("SN0105");

  @Autowired AdminUnits adminUnits;
  @Autowired JdbcClient jdbc;
  @Autowired DataSource dataSource;

  /** The product name the JDBC driver reports, for example {@code PostgreSQL}. */
  abstract String expectedDatabaseProduct();

  @Test
  void runsOnTheIntendedDatabase() throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      assertThat(connection.getMetaData().getDatabaseProductName())
          .isEqualTo(expectedDatabaseProduct());
    }
  }

  @Test
  void appliesEveryMigrationSuccessfully() {
    assertThat(
            jdbc.sql("select count(*) from flyway_schema_history where not success")
                .query(Long.class)
                .single())
        .isZero();
    assertThat(
            jdbc.sql("select version from flyway_schema_history where version is not null")
                .query(String.class)
                .list())
        .contains("1", "2");
    assertThat(
            jdbc.sql("select description from flyway_schema_history where version is null")
                .query(String.class)
                .list())
        .contains("geography reference");
  }

  @Test
  void listsFortySixDepartmentsToday() {
    assertThat(adminUnits.list(AdminLevel.DEPARTMENT, null, null)).hasSize(46);
  }

  @Test
  void listsFourteenRegions() {
    assertThat(adminUnits.list(AdminLevel.REGION, null, null)).hasSize(14);
  }

  @Test
  void startsKeurMassarOnTwentyEighthMay2021() {
    AdminUnit keurMassar = adminUnits.find(KEUR_MASSAR).orElseThrow();
    assertThat(keurMassar.name()).isEqualTo("Keur Massar");
    assertThat(keurMassar.validFrom()).isEqualTo(LocalDate.of(2021, 5, 28));
    assertThat(keurMassar.parent()).isEqualTo(PCode.of("SN01"));
  }

  @Test
  void listsFortyFiveDepartmentsTheDayBeforeKeurMassar() {
    assertThat(adminUnits.list(AdminLevel.DEPARTMENT, null, LocalDate.of(2021, 5, 27)))
        .hasSize(45)
        .extracting(AdminUnit::pcode)
        .doesNotContain(KEUR_MASSAR);
    assertThat(adminUnits.list(AdminLevel.DEPARTMENT, PCode.of("SN01"), LocalDate.of(2021, 5, 28)))
        .extracting(AdminUnit::pcode)
        .contains(KEUR_MASSAR);
  }
}
