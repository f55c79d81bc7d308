package sn.convergence.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import sn.convergence.ingest.commit.ImportOptions;
import sn.convergence.system.ConflictException;

/**
 * The import use cases against a real database; run on H2 ({@link ImportsIntegrationTest}) and on
 * PostgreSQL ({@link ImportsPostgresIntegrationTest}).
 */
@WithMockUser(username = "coordinator", roles = "COORDINATOR")
abstract class ImportsContract {

  @Autowired Imports imports;
  @Autowired JdbcClient jdbc;

  /** Each test starts from a registry without imported data: committed batches are undone. */
  @AfterEach
  void undoCommittedBatches() {
    for (ImportBatch batch : imports.list(500)) {
      if (batch.status() == BatchStatus.COMMITTED) {
        imports.undo(batch.id());
      }
    }
  }

  private ImportBatch upload(Path path, ImportOptions options) throws IOException {
    try (InputStream in = Files.newInputStream(path)) {
      ImportBatch batch = imports.receive(path.getFileName().toString(), in, options);
      return imports.preview(batch.id(), ImportProgress.Listener.NONE);
    }
  }

  private ImportBatch upload(String name, String csv, ImportOptions options) {
    ImportBatch batch =
        imports.receive(
            name, new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), options);
    return imports.preview(batch.id(), ImportProgress.Listener.NONE);
  }

  private long facts(long batch) {
    return jdbc.sql("select count(*) from coverage where import_batch_id = ?")
        .param(batch)
        .query(Long.class)
        .single();
  }

  private static ImportOptions rowcaOptions(ImportMode mode) {
    return new ImportOptions(mode, 2014, true, "SN", null);
  }

  @Test
  void rowcaSenegalRowsLandInFourteenRegionsAndMaliRowsAreReportedOutside() throws IOException {
    ImportBatch preview =
        upload(SharedSamples.sample("rowca-3w-hxl.csv"), rowcaOptions(ImportMode.ALL_OR_NOTHING));
    BatchReport report = preview.report();
    assertThat(preview.status()).isEqualTo(BatchStatus.PREVIEWED);
    assertThat(report.rows().count(IssueCode.UNIT_OUTSIDE_COUNTRY)).isPositive();
    assertThat(report.rows().issues())
        .anyMatch(
            i -> i.code() == IssueCode.UNIT_OUTSIDE_COUNTRY && i.messageFr().contains("Mali"));
    assertThat(report.rows().rowsValid()).isEqualTo(112);
    assertThat(facts(preview.id())).isZero();

    ImportBatch committed = imports.commit(preview.id(), null, ImportProgress.Listener.NONE);

    assertThat(committed.status()).isEqualTo(BatchStatus.COMMITTED);
    assertThat(facts(preview.id())).isEqualTo(112);
    assertThat(
            jdbc.sql(
                    "select count(distinct pcode) from coverage where import_batch_id = ?"
                        + " and pcode like 'SN__'")
                .param(preview.id())
                .query(Long.class)
                .single())
        .isEqualTo(14);
    assertThat(
            jdbc.sql(
                    "select count(*) from coverage where import_batch_id = ? and planned is not"
                        + " null and reached is not null")
                .param(preview.id())
                .query(Long.class)
                .single())
        .isEqualTo(112);
    assertThat(
            jdbc.sql("select distinct review_status from intervention where import_batch_id = ?")
                .param(preview.id())
                .query(String.class)
                .list())
        .containsExactly("SUBMITTED");
  }

  @Test
  void reimportingTheSameFileUpdatesInsteadOfDuplicating() throws IOException {
    Path rowca = SharedSamples.sample("rowca-3w-hxl.csv");
    ImportBatch first = upload(rowca, rowcaOptions(ImportMode.ALL_OR_NOTHING));
    imports.commit(first.id(), null, ImportProgress.Listener.NONE);
    long total = jdbc.sql("select count(*) from coverage").query(Long.class).single();

    ImportBatch second = upload(rowca, rowcaOptions(ImportMode.ALL_OR_NOTHING));
    assertThat(second.report().effect().factsUnchanged()).isEqualTo(112);
    assertThat(second.report().effect().factsCreated()).isZero();
    imports.commit(second.id(), null, ImportProgress.Listener.NONE);
    assertThat(jdbc.sql("select count(*) from coverage").query(Long.class).single())
        .isEqualTo(total);
  }

  @Test
  void anUpdateByALaterImportIsUndoneFirstAndRestoresThePreviousFigures() {
    ImportOptions options = new ImportOptions(ImportMode.ALL_OR_NOTHING, null, true, "SN", null);
    String header = "Organisation,Activité,Région,Période,Ciblés,Atteints,Unité\n";
    ImportBatch first =
        upload(
            "v1.csv",
            header
                + "CARITAS,Cantines scolaires,Matam,2021,100,90,élèves\n"
                + "CARITAS,Cantines scolaires,Louga,2021,80,70,élèves\n",
            options);
    imports.commit(first.id(), null, ImportProgress.Listener.NONE);
    ImportBatch second =
        upload(
            "v2.csv",
            header
                + "CARITAS,Cantines scolaires,Matam,2021,100,95,élèves\n"
                + "CARITAS,Cantines scolaires,Louga,2021,80,70,élèves\n",
            options);
    assertThat(second.report().effect().factsUpdated()).isEqualTo(1);
    assertThat(second.report().effect().factsUnchanged()).isEqualTo(1);
    imports.commit(second.id(), null, ImportProgress.Listener.NONE);
    assertThat(reachedInMatam()).isEqualTo(95);

    assertThatThrownBy(() -> imports.undo(first.id())).isInstanceOf(ConflictException.class);
    imports.undo(second.id());
    assertThat(reachedInMatam()).isEqualTo(90);
    imports.undo(first.id());

    assertThat(facts(first.id())).isZero();
    assertThat(
            jdbc.sql("select count(*) from intervention where import_batch_id = ?")
                .param(first.id())
                .query(Long.class)
                .single())
        .isZero();
  }

  private long reachedInMatam() {
    return jdbc.sql(
            "select reached from coverage c join intervention i on i.id = c.intervention_id"
                + " where i.code like 'IMP-CARITAS-%' and c.pcode = 'SN09'")
        .query(Long.class)
        .single();
  }

  @Test
  void allOrNothingRefusesAFileWithOneBadRowAndValidRowsOnlyWritesTheRest() {
    String csv =
        "Organisation,Activité,Région,Période,Ciblés,Atteints,Unité\n"
            + "WFP,Cantines scolaires,Matam,2021,100,90,élèves\n"
            + "WFP,Cantines scolaires,Atlantide,2021,50,40,élèves\n";
    ImportOptions options = new ImportOptions(ImportMode.ALL_OR_NOTHING, null, true, "SN", null);
    ImportBatch preview = upload("two-rows.csv", csv, options);
    assertThat(preview.report().rows().rowsWithErrors()).isEqualTo(1);

    ImportBatch refused = imports.commit(preview.id(), null, ImportProgress.Listener.NONE);
    assertThat(refused.status()).isEqualTo(BatchStatus.PREVIEWED);
    assertThat(refused.message()).contains("nothing written");
    assertThat(facts(preview.id())).isZero();

    ImportBatch partial =
        imports.commit(preview.id(), ImportMode.VALID_ROWS_ONLY, ImportProgress.Listener.NONE);
    assertThat(partial.status()).isEqualTo(BatchStatus.COMMITTED);
    assertThat(facts(preview.id())).isEqualTo(1);
  }

  @Test
  void dportalKeepsSenegalActivitiesWithOrganisationsSectorsBudgetsAndNarratives()
      throws IOException {
    ImportBatch preview = upload(SharedSamples.sample("dportal_19.xml"), ImportOptions.defaults());
    assertThat(preview.report().rows().count(IssueCode.IATI_UNSPECIFIED_COUNTRY)).isPositive();

    ImportBatch committed = imports.commit(preview.id(), null, ImportProgress.Listener.NONE);

    assertThat(committed.status()).isEqualTo(BatchStatus.COMMITTED);
    List<String> codes =
        jdbc.sql("select code from intervention where import_batch_id = ? order by code")
            .param(preview.id())
            .query(String.class)
            .list();
    assertThat(codes).hasSize(12).contains("FR-3-CSN1692");
    assertThat(
            jdbc.sql(
                    "select count(*) from intervention_participant p join intervention i on"
                        + " i.id = p.intervention_id where i.code = 'FR-3-CSN169201'")
                .query(Long.class)
                .single())
        .isEqualTo(3);
    assertThat(
            jdbc.sql(
                    "select sum(budget_xof) from coverage c join intervention i on"
                        + " i.id = c.intervention_id where i.code = 'FR-3-CSN1692'")
                .query(Long.class)
                .single())
        .isEqualTo(3 * Math.round(221723.81 * 655.957) + Math.round(85828.57 * 655.957));
    assertThat(
            jdbc.sql("select title from intervention where code = 'FR-3-CSN1692'")
                .query(String.class)
                .single())
        .startsWith("Epidémie Covid-19");
    assertThat(
            jdbc.sql("select activity_json from import_iati_activity where identifier = ?")
                .param("FR-3-CSN1692")
                .query(String.class)
                .single())
        .contains("\"sectors\"")
        .contains("12220");
  }

  @Test
  void chadWorkbookEndsWithAnHonestReportSheetBySheet() throws IOException {
    ImportBatch preview =
        upload(SharedSamples.sample("3w_tcd_avr2025.xlsx"), ImportOptions.defaults());

    assertThat(preview.status()).isIn(BatchStatus.PREVIEWED, BatchStatus.FAILED);
    assertThat(preview.report().rows().sheets()).isNotEmpty();
    assertThat(preview.report().rows().rowsRead()).isPositive();
    assertThat(preview.report().rows().rowsValid()).isZero();
    assertThat(preview.report().rows().issues()).isNotEmpty();
  }
}
