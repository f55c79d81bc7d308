package sn.convergence.ingest.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import sn.convergence.geography.PCode;
import sn.convergence.ingest.Issue;
import sn.convergence.ingest.IssueCode;
import sn.convergence.ingest.Period;
import sn.convergence.ingest.Quantity;
import sn.convergence.ingest.StagedRow;
import sn.convergence.ingest.UnitCell;
import sn.convergence.ingest.normalize.PeriodParser;

class ConsistencyChecksTest {

  private static StagedRow row(
      String source,
      String org,
      String region,
      String department,
      String period,
      long reached,
      String unit) {
    return new StagedRow(
        "S",
        1,
        source,
        org,
        null,
        "Transferts soudure",
        null,
        region == null ? UnitCell.blank() : UnitCell.matched(region, PCode.of(region)),
        department == null ? UnitCell.blank() : UnitCell.matched(department, PCode.of(department)),
        null,
        null,
        Quantity.of(String.valueOf(reached), BigDecimal.valueOf(reached), false, null),
        period == null ? null : PeriodParser.parse(period).orElseThrow(),
        null,
        null,
        null,
        null,
        unit,
        null,
        null,
        false,
        List.of());
  }

  private static List<IssueCode> codes(List<Issue> issues) {
    return issues.stream().map(Issue::code).toList();
  }

  @Test
  void flagsARegionTotalThatDiffersFromItsDepartments() {
    List<StagedRow> rows =
        List.of(
            row("f", "DGPSN", "SN12", null, "2022", 5000, null),
            row("f", "DGPSN", "SN12", "SN1201", "2022", 2000, null),
            row("f", "DGPSN", "SN12", "SN1202", "2022", 2900, null));
    assertThat(codes(ConsistencyChecks.regionTotals(rows, StagedRow::reached)))
        .containsExactly(IssueCode.REGION_TOTAL_MISMATCH);
  }

  @Test
  void acceptsARegionTotalEqualToItsDepartments() {
    List<StagedRow> rows =
        List.of(
            row("f", "DGPSN", "SN12", null, "2022", 4900, null),
            row("f", "DGPSN", "SN12", "SN1201", "2022", 2000, null),
            row("f", "DGPSN", "SN12", "SN1202", "2022", 2900, null));
    assertThat(ConsistencyChecks.regionTotals(rows, StagedRow::reached)).isEmpty();
  }

  @Test
  void doesNotTakeAMultiUnitDepartmentCellForARegionTotal() {
    UnitCell group =
        new UnitCell(
            "Bakel/Goudiry",
            UnitCell.Status.MULTIPLE,
            List.of(PCode.of("SN1201"), PCode.of("SN1202")),
            List.of(),
            null);
    StagedRow grouped =
        new StagedRow(
            "S",
            2,
            "f",
            "WFP",
            null,
            "Transferts soudure",
            null,
            UnitCell.matched("SN12", PCode.of("SN12")),
            group,
            null,
            null,
            Quantity.of("5000", BigDecimal.valueOf(5000), false, null),
            PeriodParser.parse("2022").orElseThrow(),
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            false,
            List.of());
    List<StagedRow> rows = List.of(grouped, row("f", "WFP", "SN12", "SN1204", "2022", 900, null));
    assertThat(ConsistencyChecks.regionTotals(rows, StagedRow::reached)).isEmpty();
  }

  @Test
  void flagsOneOperationReportedByTwoSources() {
    List<StagedRow> rows =
        List.of(
            row("dgpsn.xlsx", "DGPSN", "SN09", "SN0902", "2022", 1200, "ménages"),
            row("wfp.csv", "WFP", "SN09", "SN0902", "juin 2022", 9800, "personnes"),
            row("wfp.csv", "WFP", "SN09", "SN0901", "2022", 900, "personnes"));
    List<Issue> issues = ConsistencyChecks.duplicatesAcrossSources(rows);
    assertThat(codes(issues)).containsExactly(IssueCode.DUPLICATE_ACROSS_SOURCES);
    assertThat(issues.get(0).messageEn()).contains("DGPSN, WFP").contains("2022");
  }

  @Test
  void flagsMixedUnitsForOneOperation() {
    List<StagedRow> rows =
        List.of(
            row("a", "DGPSN", "SN09", "SN0902", "2022", 1200, "ménages"),
            row("b", "WFP", "SN09", "SN0901", "2022", 9800, "personnes"));
    assertThat(codes(ConsistencyChecks.mixedUnits(rows))).containsExactly(IssueCode.MIXED_UNITS);
  }

  @Test
  void flagsAMissingYearThroughTheRowValidator() {
    StagedRow noYear = row("a", "DGPSN", "SN09", null, "juin", 10, null);
    StagedRow noPeriod = row("a", "DGPSN", "SN09", null, null, 10, null);
    StagedRow fine = row("a", "DGPSN", "SN09", null, "2021-Q2", 10, null);
    assertThat(codes(RowValidators.yearPresent(noYear)))
        .containsExactly(IssueCode.PERIOD_MISSING_YEAR);
    assertThat(codes(RowValidators.yearPresent(noPeriod)))
        .containsExactly(IssueCode.PERIOD_MISSING_YEAR);
    assertThat(RowValidators.yearPresent(fine)).isEmpty();
    Period period = fine.period();
    assertThat(period.year()).isEqualTo(2021);
  }

  @Test
  void composesTheStandardValidators() {
    StagedRow row =
        new StagedRow(
            "S",
            4,
            "f",
            null,
            null,
            "X",
            null,
            UnitCell.blank(),
            null,
            null,
            null,
            Quantity.of("-5", BigDecimal.valueOf(-5), false, null),
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            false,
            List.of());
    List<Issue> issues = sn.convergence.ingest.Validator.all(RowValidators.standard(), row);
    assertThat(codes(issues))
        .containsExactly(
            IssueCode.ORGANISATION_MISSING,
            IssueCode.UNIT_MISSING,
            IssueCode.NUMBER_NEGATIVE,
            IssueCode.PERIOD_MISSING_YEAR);
    assertThat(issues).allMatch(i -> i.row() == 4 && "S".equals(i.sheet()));
  }
}
