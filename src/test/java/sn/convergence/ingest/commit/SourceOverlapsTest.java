package sn.convergence.ingest.commit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import sn.convergence.ingest.Issue;
import sn.convergence.ingest.IssueCode;
import sn.convergence.registry.ReportedFact;

class SourceOverlapsTest {

  private static final Issue.Location ROW_4 = new Issue.Location("S", 4, null);

  private static PlannedIntervention intervention(PlannedFact... facts) {
    PlannedIntervention planned =
        new PlannedIntervention(
            "PNBSF",
            "PNBSF",
            null,
            List.of("FAMILY_GRANT"),
            List.of(),
            List.of(),
            "ONGOING",
            "f",
            ROW_4);
    for (PlannedFact fact : facts) {
      planned.add(fact);
    }
    return planned;
  }

  private static PlannedFact fact(String pcode, String label, String start, String end, long n) {
    return new PlannedFact(
        pcode,
        label,
        LocalDate.parse(start),
        LocalDate.parse(end),
        null,
        n,
        "HOUSEHOLDS",
        null,
        "coordination.xlsx (T1, ligne 4)",
        4);
  }

  private static SourceOverlaps.Known known(
      String pcode, String label, String start, String end, long n, String origin) {
    return new SourceOverlaps.Known(
        new ReportedFact(
            "pnbsf",
            pcode,
            label,
            LocalDate.parse(start),
            LocalDate.parse(end),
            "HOUSEHOLDS",
            n,
            origin + " (ligne 9)",
            7L),
        origin);
  }

  private static SourceOverlaps.Outcome check(
      PlannedIntervention planned, String origin, SourceOverlaps.Known... known) {
    return SourceOverlaps.check(
        new ImportPlan(List.of(), List.of(planned)),
        List.of(known),
        origin,
        pcode -> "unit " + pcode,
        (i, f) -> List.of(ROW_4, new Issue.Location("S", 5, null)));
  }

  private static List<IssueCode> codes(SourceOverlaps.Outcome outcome) {
    return outcome.issues().stream().map(Issue::code).toList();
  }

  @Test
  void theSameFactFromAnotherFileIsMergedAndAConflictingFigureNamed() {
    PlannedIntervention planned =
        intervention(fact("SN1002", "2022", "2022-01-01", "2022-12-31", 480));
    SourceOverlaps.Outcome outcome =
        check(
            planned,
            "coordination.xlsx",
            known("SN1002", "2022", "2022-01-01", "2022-12-31", 4800, "national.xlsx"));

    assertThat(codes(outcome))
        .containsExactly(
            IssueCode.SAME_FACT_OTHER_SOURCE,
            IssueCode.SAME_FACT_OTHER_SOURCE,
            IssueCode.VALUES_CONFLICT);
    assertThat(outcome.issues().get(2).messageFr()).contains("480", "4800", "national.xlsx");
    SourceOverlaps.Merge merge = outcome.merges().get(0);
    merge.intervention().joinReported(merge.fact(), merge.periodLabel(), merge.otherSource());
    assertThat(planned.facts())
        .singleElement()
        .satisfies(f -> assertThat(f.source()).contains("coordination.xlsx", "national.xlsx"));
  }

  @Test
  void figuresThatAgreeOnceRoundedAreNoConflict() {
    PlannedIntervention planned =
        intervention(fact("SN1002", "2022", "2022-01-01", "2022-12-31", 12_487));
    SourceOverlaps.Outcome outcome =
        check(
            planned, "a.csv", known("SN1002", "2022", "2022-01-01", "2022-12-31", 12_500, "b.csv"));
    assertThat(codes(outcome)).doesNotContain(IssueCode.VALUES_CONFLICT).isNotEmpty();
  }

  @Test
  void aCommuneQuarterInsideADepartmentYearIsNamedButKeptApart() {
    PlannedIntervention planned =
        intervention(fact("SN100201", "2022-Q1", "2022-01-01", "2022-03-31", 120));
    SourceOverlaps.Outcome outcome =
        check(planned, "a.csv", known("SN1002", "2022", "2022-01-01", "2022-12-31", 4800, "b.csv"));
    assertThat(codes(outcome))
        .containsExactly(IssueCode.DUPLICATE_ACROSS_SOURCES, IssueCode.DUPLICATE_ACROSS_SOURCES);
    assertThat(outcome.merges()).isEmpty();
  }

  @Test
  void theSameFileReimportedAndFactsElsewhereOrInOtherYearsAreNotDuplicates() {
    PlannedIntervention planned =
        intervention(fact("SN1002", "2022", "2022-01-01", "2022-12-31", 480));
    assertThat(
            check(planned, "A.csv", known("SN1002", "2022", "2022-01-01", "2022-12-31", 9, "a.csv"))
                .issues())
        .isEmpty();
    assertThat(
            check(planned, "a.csv", known("SN1101", "2022", "2022-01-01", "2022-12-31", 9, "b.csv"))
                .issues())
        .isEmpty();
    assertThat(
            check(planned, "a.csv", known("SN1002", "2021", "2021-01-01", "2021-12-31", 9, "b.csv"))
                .issues())
        .isEmpty();
  }

  @Test
  void aSchoolYearWrittenAsTwoCalendarYearsIsTheSameFactAsItsDates() {
    PlannedIntervention planned =
        intervention(fact("SN0401", "2019-2020", "2019-01-01", "2020-12-31", 5974));
    SourceOverlaps.Outcome outcome =
        check(
            planned,
            "men.csv",
            known("SN0401", "2019-10-01/2020-07-31", "2019-10-01", "2020-07-31", 597, "wfp.csv"));
    assertThat(codes(outcome))
        .contains(IssueCode.SAME_FACT_OTHER_SOURCE, IssueCode.VALUES_CONFLICT);
    assertThat(outcome.merges().get(0).periodLabel()).isEqualTo("2019-10-01/2020-07-31");
    assertThat(
            SourceOverlaps.sameSchoolYear(
                LocalDate.parse("2019-01-01"),
                LocalDate.parse("2020-12-31"),
                LocalDate.parse("2019-03-01"),
                LocalDate.parse("2020-02-28")))
        .isFalse();
  }
}
