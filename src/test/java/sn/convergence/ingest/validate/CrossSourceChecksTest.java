package sn.convergence.ingest.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static sn.convergence.ingest.validate.StagedRows.row;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import sn.convergence.geography.PCode;
import sn.convergence.ingest.IssueCode;
import sn.convergence.ingest.StagedRow;
import sn.convergence.ingest.UnitCell;

class CrossSourceChecksTest {

  private static final Map<String, String> OPERATIONS =
      Map.of("Cantines scolaires - PAM", "CANTINES-PAM", "School feeding", "CANTINES-PAM");

  private static String operation(StagedRow row) {
    return OPERATIONS.getOrDefault(row.activity(), CrossSourceChecks.activityOf(row));
  }

  private static StagedRow men(String reached) {
    return row()
        .source("men.csv")
        .activity("Cantines scolaires - PAM")
        .department("Kanel", "SN0901")
        .period("2019-2020")
        .unit("élèves")
        .reached(reached)
        .build();
  }

  private static StagedRow wfp(String reached) {
    return row()
        .source("wfp.csv")
        .activity("School feeding")
        .department("Kanel", "SN0901")
        .period("2019-2020")
        .unit("pupils")
        .reached(reached)
        .build();
  }

  private static List<IssueCode> codesFor(List<CrossSourceChecks.Finding> findings, String source) {
    return findings.stream()
        .filter(f -> f.source().equals(source))
        .map(f -> f.issue().code())
        .toList();
  }

  @Test
  void flagsEveryRowOfAnOperationReportedByTwoSources() {
    var findings =
        CrossSourceChecks.check(
            List.of(men("12487"), wfp("12 500")), CrossSourceChecksTest::operation);
    assertThat(codesFor(findings, "men.csv")).containsExactly(IssueCode.DUPLICATE_ACROSS_SOURCES);
    assertThat(codesFor(findings, "wfp.csv")).containsExactly(IssueCode.DUPLICATE_ACROSS_SOURCES);
  }

  @Test
  void flagsConflictingFiguresOnBothSides() {
    var findings =
        CrossSourceChecks.check(
            List.of(men("12487"), wfp("1287")), CrossSourceChecksTest::operation);
    assertThat(codesFor(findings, "men.csv"))
        .containsExactly(IssueCode.DUPLICATE_ACROSS_SOURCES, IssueCode.VALUES_CONFLICT);
    assertThat(codesFor(findings, "wfp.csv")).contains(IssueCode.VALUES_CONFLICT);
  }

  @Test
  void matchesAMultiUnitCellAndARegionWithTheirDepartments() {
    StagedRow group =
        row()
            .source("wfp.csv")
            .activity("School feeding")
            .department(
                new UnitCell(
                    "Kanel/Matam",
                    UnitCell.Status.MULTIPLE,
                    List.of(PCode.of("SN0901"), PCode.of("SN0902")),
                    List.of(),
                    null))
            .period("2019-2020")
            .reached("20000")
            .build();
    StagedRow region =
        row()
            .source("ngo.xlsx")
            .activity("School feeding")
            .region(UnitCell.matched("Matam", PCode.of("SN09")))
            .period("2019")
            .reached("1")
            .build();
    var findings =
        CrossSourceChecks.check(
            List.of(men("12487"), group, region), CrossSourceChecksTest::operation);
    assertThat(findings)
        .extracting(f -> f.issue().code())
        .containsOnly(IssueCode.DUPLICATE_ACROSS_SOURCES)
        .hasSize(3);
  }

  @Test
  void leavesOtherYearsOtherPlacesOtherOperationsAndPartsAlone() {
    StagedRow otherYear =
        row()
            .source("wfp.csv")
            .activity("School feeding")
            .department("Kanel", "SN0901")
            .period("2020-2021")
            .reached("1")
            .build();
    StagedRow otherPlace =
        row()
            .source("wfp.csv")
            .activity("School feeding")
            .department("Podor", "SN1002")
            .period("2019-2020")
            .reached("1")
            .build();
    StagedRow otherOperation =
        row()
            .source("wfp.csv")
            .activity("R4")
            .department("Kanel", "SN0901")
            .period("2019-2020")
            .reached("1")
            .build();
    assertThat(
            CrossSourceChecks.check(
                List.of(men("12487"), otherYear, otherPlace, otherOperation),
                CrossSourceChecksTest::operation))
        .isEmpty();
    StagedRow commune1 =
        row()
            .source("coord.xlsx")
            .activity("School feeding")
            .at("S", 3)
            .department("Kanel", "SN0901")
            .period("2019-2020")
            .unit("élèves")
            .reached("400")
            .build();
    StagedRow commune2 =
        row()
            .source("coord.xlsx")
            .activity("School feeding")
            .at("S", 4)
            .department("Kanel", "SN0901")
            .period("2019-2020")
            .unit("élèves")
            .reached("500")
            .build();
    assertThat(
            CrossSourceChecks.check(
                List.of(men("12487"), commune1, commune2), CrossSourceChecksTest::operation))
        .extracting(f -> f.issue().code())
        .containsOnly(IssueCode.DUPLICATE_ACROSS_SOURCES);
  }

  @Test
  void agreesOnRoundedFiguresOnly() {
    assertThat(
            CrossSourceChecks.agree(
                new java.math.BigDecimal("12487"), new java.math.BigDecimal("12500")))
        .isTrue();
    assertThat(
            CrossSourceChecks.agree(
                new java.math.BigDecimal("48.2"), new java.math.BigDecimal("48.3")))
        .isFalse();
    assertThat(
            CrossSourceChecks.agree(
                new java.math.BigDecimal("1250"), new java.math.BigDecimal("250")))
        .isFalse();
  }
}
