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
  @Autowired ColumnProfiles profiles;
  @Autowired JdbcClient jdbc;

  /** Each test starts from a registry without imported data: committed batches are undone. */
  @AfterEach
  void undoCommittedBatches() {
    for (ImportBatch batch : imports.list(500)) {
      if (batch.status() == BatchStatus.COMMITTED) {
        imports.undo(batch.id());
      }
    }
    profiles.list().forEach(p -> profiles.delete(p.name()));
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

  @Test
  void unrecognisedColumnsAreNamedThenMappedIntoAProfileThatLaterFilesUse() {
    String csv =
        "Partenaire;Programme;Département;Saison;Participants;Budget activités (FCFA)\n"
            + "Oxfam;Création d'actifs;Podor;hivernage 2021;1 250;12 500 000\n";
    ImportOptions options = new ImportOptions(ImportMode.ALL_OR_NOTHING, null, true, "SN", null);
    ImportBatch first = upload("oxfam-2021.csv", csv, options);
    assertThat(first.report().rows().issues())
        .filteredOn(i -> i.code() == IssueCode.COLUMN_IGNORED)
        .extracting(Issue::column)
        .containsExactly("Saison", "Participants", "Budget activités (FCFA)");

    ImportBatch mapped =
        imports.mapColumns(
            first.id(),
            "Oxfam R4",
            java.util.Map.of(
                "Saison", Field.PERIOD,
                "Participants", Field.REACHED,
                "Budget activités (FCFA)", Field.VALUE));

    assertThat(mapped.options().profile()).isEqualTo("Oxfam R4");
    assertThat(mapped.report().rows().count(IssueCode.COLUMN_IGNORED)).isZero();
    assertThat(mapped.report().rows().rowsValid())
        .as("%s", mapped.report().rows().issues())
        .isEqualTo(1);
    imports.commit(mapped.id(), null, ImportProgress.Listener.NONE);
    assertThat(
            jdbc.sql(
                    "select reached || '/' || budget_xof || '/' || period_label from coverage"
                        + " where import_batch_id = ?")
                .param(mapped.id())
                .query(String.class)
                .single())
        .isEqualTo("1250/12500000/2021S");

    ImportBatch next =
        upload(
            "oxfam-2022.csv",
            csv.replace("2021", "2022"),
            new ImportOptions(ImportMode.ALL_OR_NOTHING, null, true, "SN", null, "oxfam r4"));
    assertThat(next.options().profile()).isEqualTo("Oxfam R4");
    assertThat(next.report().rows().count(IssueCode.COLUMN_IGNORED)).isZero();
    assertThatThrownBy(
            () ->
                upload(
                    "x.csv",
                    csv,
                    new ImportOptions(ImportMode.ALL_OR_NOTHING, null, true, "SN", null, "none")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theSameFactFromAnotherFileIsKeptOnceAndAConflictIsNamed() {
    ImportOptions options = new ImportOptions(ImportMode.ALL_OR_NOTHING, null, true, "SN", null);
    String header = "Organisation,Activité,Département,Période,Atteints,Unité\n";
    ImportBatch national =
        upload("national.csv", header + "DGPSN,PNBSF,Podor,2022,4 800,ménages\n", options);
    imports.commit(national.id(), null, ImportProgress.Listener.NONE);
    long facts = jdbc.sql("select count(*) from coverage").query(Long.class).single();

    ImportBatch regional =
        upload(
            "coordination-saint-louis.csv",
            header
                + "DGPSN,PNBSF,Podor,2022,480,ménages\n"
                + "DGPSN,PNBSF,Podor,2022-Q3,470,ménages\n",
            options);

    assertThat(regional.report().rows().issues())
        .extracting(Issue::code)
        .contains(
            IssueCode.SAME_FACT_OTHER_SOURCE,
            IssueCode.VALUES_CONFLICT,
            IssueCode.DUPLICATE_ACROSS_SOURCES);
    assertThat(regional.report().rows().issues())
        .filteredOn(i -> i.code() == IssueCode.VALUES_CONFLICT)
        .singleElement()
        .satisfies(i -> assertThat(i.messageFr()).contains("480", "4800", "national.csv"));
    assertThat(regional.report().effect().factsUpdated()).isEqualTo(1);
    imports.commit(regional.id(), null, ImportProgress.Listener.NONE);
    assertThat(jdbc.sql("select count(*) from coverage").query(Long.class).single())
        .isEqualTo(facts + 1);
    assertThat(
            jdbc.sql("select source from coverage where period_label = '2022' and pcode = ?")
                .param("SN1002")
                .query(String.class)
                .single())
        .contains("coordination-saint-louis.csv", "national.csv");

    ImportBatch again =
        upload("national.csv", header + "DGPSN,PNBSF,Podor,2022,4 800,ménages\n", options);
    assertThat(again.report().rows().count(IssueCode.SAME_FACT_OTHER_SOURCE)).isOne();
  }

  @Test
  void rowsNamingDifferentCommunesOfOneDepartmentAddUp() {
    ImportOptions options = new ImportOptions(ImportMode.ALL_OR_NOTHING, null, true, "SN", null);
    ImportBatch batch =
        upload(
            "communes.csv",
            "Organisation,Activité,Département,Commune,Période,Atteints,Unité\n"
                + "DGPSN,PNBSF,Podor,Guédé Chantier,2022-Q1,300,ménages\n"
                + "DGPSN,PNBSF,Podor,Ndioum,2022-Q1,200,ménages\n"
                + "DGPSN,PNBSF,Podor,Ndioum,2022-Q1,200,ménages\n",
            options);

    assertThat(batch.report().rows().count(IssueCode.PARTS_ADDED)).isOne();
    assertThat(batch.report().rows().count(IssueCode.DUPLICATE_FACT)).isOne();
    imports.commit(batch.id(), null, ImportProgress.Listener.NONE);
    assertThat(
            jdbc.sql("select reached from coverage where import_batch_id = ?")
                .param(batch.id())
                .query(Long.class)
                .single())
        .isEqualTo(500);
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
    assertThat(refused.message().en()).contains("nothing written");
    assertThat(refused.message().fr()).contains("rien n'a été écrit");
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
