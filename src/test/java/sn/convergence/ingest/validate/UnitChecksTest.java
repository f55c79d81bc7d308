package sn.convergence.ingest.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static sn.convergence.ingest.validate.StagedRows.codes;
import static sn.convergence.ingest.validate.StagedRows.row;

import java.util.List;
import org.junit.jupiter.api.Test;
import sn.convergence.geography.PCode;
import sn.convergence.geography.ReferenceGeography;
import sn.convergence.ingest.IssueCode;
import sn.convergence.ingest.UnitCell;

class UnitChecksTest {

  private final UnitChecks checks = new UnitChecks(ReferenceGeography.resolver());

  private static UnitCell unknown(String raw) {
    return new UnitCell(raw, UnitCell.Status.UNKNOWN, List.of(), List.of(), null);
  }

  @Test
  void namesEveryCellThatIsNotTheOfficialName() {
    for (String variant :
        new String[] {"KEBEMER", "Kebemer", "Département de Kébémer", "Kébémer\u00A0"}) {
      var issues = checks.nameVariants(row().department(variant, "SN0801").build());
      assertThat(codes(issues)).as(variant).containsExactly(IssueCode.UNIT_NAME_VARIANT);
      assertThat(issues.get(0).messageFr()).contains("Kébémer (SN0801)");
    }
  }

  @Test
  void acceptsOfficialNamesAndCodes() {
    assertThat(checks.nameVariants(row().department("Kébémer", "SN0801").build())).isEmpty();
    assertThat(checks.nameVariants(row().department("SN0801", "SN0801").build())).isEmpty();
    assertThat(
            checks.nameVariants(row().region(UnitCell.matched("SN-MT", PCode.of("SN09"))).build()))
        .isEmpty();
  }

  @Test
  void explainsAUnitReadAsItsPredecessorBeforeItExisted() {
    var row = row().department("Keur Massar", "SN0103").period("2019").build();
    var issues = checks.notValidOnDate(row);
    assertThat(codes(issues)).containsExactly(IssueCode.UNIT_NOT_VALID_ON_DATE);
    assertThat(issues.get(0).messageFr()).contains("Keur Massar (SN0105)", "2021-05-28", "Pikine");
    assertThat(
            checks.notValidOnDate(row().department("Keur Massar", "SN0105").period("2022").build()))
        .isEmpty();
  }

  @Test
  void namesADepartmentInTheRegionColumnAndARegionInTheDepartmentColumn() {
    var departmentAsRegion = checks.wrongLevel(row().region(unknown("Podor")).build());
    assertThat(codes(departmentAsRegion)).containsExactly(IssueCode.UNIT_WRONG_LEVEL);
    assertThat(departmentAsRegion.get(0).messageFr()).contains("Podor (SN1002)");
    var regionAsDepartment =
        checks.wrongLevel(row().department("Région de Matam", "SN0902").build());
    assertThat(codes(regionAsDepartment)).containsExactly(IssueCode.UNIT_WRONG_LEVEL);
    assertThat(regionAsDepartment.get(0).messageFr()).contains("Matam (SN09)");
    assertThat(checks.wrongLevel(row().department("Matam", "SN0902").build())).isEmpty();
  }

  @Test
  void readsABareNumberBothAsAPCodeAndAsAnAnsdCode() {
    var issues = checks.bareCodes(row().region(unknown("11")).build());
    assertThat(codes(issues)).containsExactly(IssueCode.UNIT_BARE_CODE);
    assertThat(issues.get(0).messageFr()).contains("SN11 = Sédhiou (SN11)", "11 = Matam (SN09)");
    assertThat(checks.bareCodes(row().region(unknown("9")).build()).get(0).messageEn())
        .contains("SN09 = Matam (SN09)", "09 = Fatick (SN03)");
    assertThat(checks.bareCodes(row().region(unknown("Atlantis")).build())).isEmpty();
  }
}
