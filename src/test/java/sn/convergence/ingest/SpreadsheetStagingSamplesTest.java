package sn.convergence.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import sn.convergence.geography.PCode;
import sn.convergence.geography.ReferenceGeography;

class SpreadsheetStagingSamplesTest {

  private final SpreadsheetStaging staging =
      new SpreadsheetStaging(ReferenceGeography.resolver(), null);

  @Test
  void stagesTheRowcaSenegalRowsIntoTheFourteenRegions() {
    SpreadsheetStaging.Preview preview =
        staging.preview(SourceFile.of(SharedSamples.sample("rowca-3w-hxl.csv")));
    ImportReport report = preview.report();
    List<StagedRow> valid = preview.rows().stream().filter(StagedRow::isValid).toList();

    assertThat(report.fatal()).isFalse();
    assertThat(report.encoding()).isEqualTo("UTF-8");
    assertThat(report.rowsRead()).isEqualTo(244);
    assertThat(report.rowsValid()).isEqualTo(112);
    assertThat(report.rowsSkipped()).isEqualTo(132);
    assertThat(report.rowsWithErrors()).isZero();
    Set<PCode> regions =
        valid.stream().map(r -> r.adm1().pcodes().get(0)).collect(Collectors.toSet());
    assertThat(regions).hasSize(14).allMatch(p -> p.value().matches("SN\\d{2}"));
    assertThat(valid).allMatch(r -> r.targeted().isPresent() && r.reached().isPresent());
    assertThat(valid).allMatch(r -> "World Food Programme".equals(r.organisation()));
    assertThat(valid.stream().mapToDouble(r -> r.reached().value().doubleValue()).sum())
        .isPositive();
  }

  @Test
  void reportsTheRowcaMaliRowsAsOutsideThisCountry() {
    SpreadsheetStaging.Preview preview =
        staging.preview(SourceFile.of(SharedSamples.sample("rowca-3w-hxl.csv")));
    List<StagedRow> skipped = preview.rows().stream().filter(StagedRow::skipped).toList();

    assertThat(skipped).hasSize(132).allMatch(r -> "Mali".equals(r.country()));
    assertThat(preview.report().count(IssueCode.UNIT_OUTSIDE_COUNTRY)).isEqualTo(132);
    Issue first = skipped.get(0).issues().get(skipped.get(0).issues().size() - 1);
    assertThat(first.code()).isEqualTo(IssueCode.UNIT_OUTSIDE_COUNTRY);
    assertThat(first.column()).isEqualTo("#country");
    assertThat(first.messageFr()).contains("hors de la géographie");
    assertThat(first.messageEn()).contains("outside this country");
  }

  @Test
  void warnsThatTheRowcaMonthsHaveNoYear() {
    ImportReport report =
        staging.stage(SourceFile.of(SharedSamples.sample("rowca-3w-hxl.csv")), row -> {});
    assertThat(report.count(IssueCode.PERIOD_MISSING_YEAR)).isEqualTo(112);
    assertThat(report.warnings()).isGreaterThanOrEqualTo(244);
  }

  @Test
  void readsTheChadWorkbookSheetBySheetAndReportsItsUnitsAsOutside() {
    SpreadsheetStaging.Preview preview =
        staging.preview(SourceFile.of(SharedSamples.sample("3w_tcd_avr2025.xlsx")));
    ImportReport report = preview.report();

    assertThat(report.fatal()).isFalse();
    assertThat(report.sheets()).containsExactly("3W Opérationnelle", "3W Physique");
    assertThat(report.rowsRead()).isGreaterThan(2_000);
    assertThat(report.rowsValid()).isZero();
    assertThat(preview.rows()).noneMatch(StagedRow::isValid);
    assertThat(preview.rows().stream().map(StagedRow::sheet).distinct())
        .containsExactly("3W Opérationnelle", "3W Physique");
    assertThat(report.count(IssueCode.UNIT_OUTSIDE_COUNTRY)).isGreaterThan(2_000);
    assertThat(report.rowsSkipped()).isEqualTo(report.rowsRead());
    assertThat(report.count(IssueCode.UNIT_UNKNOWN)).isZero();
  }
}
