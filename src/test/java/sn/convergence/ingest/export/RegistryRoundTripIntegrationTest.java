package sn.convergence.ingest.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import sn.convergence.actors.Organisations;
import sn.convergence.ingest.BatchStatus;
import sn.convergence.ingest.ImportBatch;
import sn.convergence.ingest.ImportMode;
import sn.convergence.ingest.ImportProgress;
import sn.convergence.ingest.Imports;
import sn.convergence.ingest.SpreadsheetStaging;
import sn.convergence.ingest.StagedRow;
import sn.convergence.ingest.commit.ImportOptions;
import sn.convergence.registry.Coverage;
import sn.convergence.registry.Interventions;
import sn.convergence.support.PlatformTest;

/**
 * The exported registry, read back by the import's stages, gives only valid rows with the stored
 * facts' units, periods and figures: the first half of the export -> import round trip.
 */
@PlatformTest
@WithMockUser(roles = "ADMIN")
class RegistryRoundTripIntegrationTest {

  @Autowired MockMvc mvc;
  @Autowired Interventions interventions;
  @Autowired Organisations organisations;
  @Autowired Imports imports;
  @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

  @TempDir Path dir;

  private ExportFixture fixture;

  @BeforeEach
  void seed() {
    fixture = new ExportFixture(interventions, organisations);
    fixture.seed();
  }

  @AfterEach
  void remove() {
    fixture.remove();
  }

  @ParameterizedTest
  @ValueSource(strings = {"csv", "xlsx"})
  void exportedRegistryStagesBackToTheSameFacts(String format) throws Exception {
    byte[] body =
        mvc.perform(get("/api/v1/exports/registry." + format).param("q", ExportFixture.ROUND_TRIP))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    Path file = ExchangeFiles.save(dir, "registre." + format, body);

    SpreadsheetStaging.Preview preview = ExchangeFiles.stage(file);

    assertThat(preview.report().fatal()).isFalse();
    assertThat(preview.rows())
        .allSatisfy(r -> assertThat(r.isValid()).as(r.issues().toString()).isTrue());
    assertThat(preview.report().rowsWithErrors()).isZero();
    assertThat(preview.report().rowsSkipped()).isZero();
    assertThat(preview.rows().stream().map(RegistryRoundTripIntegrationTest::staged).sorted())
        .containsExactlyElementsOf(
            fixture.roundTripFacts().stream()
                .map(RegistryRoundTripIntegrationTest::stored)
                .sorted()
                .toList());
    StagedRow kanel =
        preview.rows().stream()
            .filter(r -> r.activity().startsWith("Bourses"))
            .findFirst()
            .orElseThrow();
    assertThat(kanel.organisation()).isEqualTo("XPT-DGPSN");
    assertThat(kanel.sector()).isEqualTo("FAMILY_GRANT");
    assertThat(kanel.beneficiary()).isEqualTo("EXTREMELY_POOR_HOUSEHOLDS | RNU_HOUSEHOLDS");
    assertThat(kanel.status()).isEqualTo("ONGOING");
  }

  @ParameterizedTest
  @ValueSource(strings = {"csv", "xlsx"})
  void reimportingTheExportedRegistryChangesNothing(String format) throws Exception {
    byte[] body =
        mvc.perform(get("/api/v1/exports/registry." + format).param("q", ExportFixture.ROUND_TRIP))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    List<String> before = registrySnapshot();
    // MockMvc's request cleared the test's security context: sign in again for the direct calls.
    org.springframework.security.core.context.SecurityContextHolder.getContext()
        .setAuthentication(
            new org.springframework.security.authentication.TestingAuthenticationToken(
                "round-trip", null, "ROLE_ADMIN"));

    ImportBatch batch =
        imports.receive(
            "registre." + format,
            new java.io.ByteArrayInputStream(body),
            new ImportOptions(ImportMode.ALL_OR_NOTHING, null, false, "SN", null));
    imports.preview(batch.id(), ImportProgress.Listener.NONE);
    ImportBatch committed = imports.commit(batch.id(), null, ImportProgress.Listener.NONE);

    assertThat(committed.status())
        .as(String.valueOf(committed.message()))
        .isEqualTo(BatchStatus.COMMITTED);
    assertThat(committed.report().effect().interventionsCreated()).isZero();
    assertThat(committed.report().effect().factsCreated()).isZero();
    assertThat(committed.report().effect().factsUpdated()).isZero();
    assertThat(committed.report().effect().factsUnchanged())
        .isEqualTo(fixture.roundTripFacts().size());
    assertThat(registrySnapshot()).isEqualTo(before);
  }

  /** Every stored field of the round-trip interventions and their facts, in a stable order. */
  private List<String> registrySnapshot() {
    List<String> rows = new java.util.ArrayList<>();
    rows.addAll(
        jdbc.sql(
                "select code, title, description, status, review_status, start_date, end_date,"
                    + " source, version, updated_at from intervention where code like 'XPT-RT-%'"
                    + " order by code")
            .query((rs, n) -> rowText(rs))
            .list());
    rows.addAll(
        jdbc.sql(
                "select i.code, c.id, c.pcode, c.period_label, c.period_start, c.period_end,"
                    + " c.planned, c.reached, c.beneficiary_unit, c.budget_xof, c.source,"
                    + " c.import_batch_id from coverage c join intervention i on i.id ="
                    + " c.intervention_id where i.code like 'XPT-RT-%' order by c.id")
            .query((rs, n) -> rowText(rs))
            .list());
    rows.addAll(
        jdbc.sql(
                "select i.code, p.organisation_id, p.role from intervention_participant p join"
                    + " intervention i on i.id = p.intervention_id where i.code like 'XPT-RT-%'"
                    + " order by 1, 2, 3")
            .query((rs, n) -> rowText(rs))
            .list());
    return rows;
  }

  private static String rowText(java.sql.ResultSet rs) throws java.sql.SQLException {
    StringBuilder text = new StringBuilder();
    for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
      text.append(rs.getString(i)).append(" | ");
    }
    return text.toString();
  }

  /** unit | period label, start, end | planned | reached | unit | budget of a stored fact. */
  private static String stored(Coverage c) {
    return String.join(
        " | ",
        c.pcode().value(),
        c.period().label(),
        c.period().start().toString(),
        c.period().end().toString(),
        String.valueOf(c.planned()),
        String.valueOf(c.reached()),
        c.unit().name(),
        String.valueOf(c.budgetXof()));
  }

  private static String staged(StagedRow r) {
    List<String> pcodes =
        r.location().pcodes().isEmpty() && r.country() != null
            ? List.of(r.country())
            : r.location().pcodes().stream().map(p -> p.value()).toList();
    return String.join(
        " | ",
        String.join("+", pcodes),
        r.period().label(),
        r.period().start().toString(),
        r.period().end().toString(),
        number(r.targeted()),
        number(r.reached()),
        r.unit(),
        number(r.value()));
  }

  private static String number(sn.convergence.ingest.Quantity q) {
    return q == null || !q.isPresent() ? "null" : q.value().toBigIntegerExact().toString();
  }
}
