package sn.convergence.maps.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import sn.convergence.maps.MeasureKind;

class MapParamsTest {

  private static MapParams params(String measure2, String convergence) {
    return new MapParams(
        null,
        "2025",
        "INTERVENTIONS",
        "PEOPLE",
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        measure2,
        convergence);
  }

  @Test
  void readsTheSecondMeasureWithTheBeneficiaryUnit() {
    assertThat(params("BENEFICIARIES", null).secondMeasure().kind())
        .isEqualTo(MeasureKind.BENEFICIARIES);
    assertThat(params("BENEFICIARIES", null).secondMeasure().unit().name()).isEqualTo("PEOPLE");
    assertThat(params("context:POVERTY_RATE", null).secondMeasure().indicator())
        .isEqualTo("POVERTY_RATE");
  }

  @Test
  void hasNoSecondMeasureWhenBlankOrUnknown() {
    assertThat(params(null, null).secondMeasure()).isNull();
    assertThat(params(" ", null).secondMeasure()).isNull();
    assertThat(params("NOT_A_MEASURE", null).secondMeasure()).isNull();
  }

  @Test
  void turnsTheConvergenceLayerOnOnlyWhenAsked() {
    assertThat(params(null, "on").convergenceLayer()).isTrue();
    assertThat(params(null, "true").convergenceLayer()).isTrue();
    assertThat(params(null, null).convergenceLayer()).isFalse();
    assertThat(params(null, "off").convergenceLayer()).isFalse();
  }

  @Test
  void keepsTheSecondMeasureAndTheLayerInTheSharedLink() {
    assertThat(params("ACTORS", "on").queryString(2025))
        .contains("measure2=ACTORS")
        .endsWith("convergence=on");
    assertThat(params(null, "no").queryString(2025))
        .doesNotContain("measure2")
        .doesNotContain("convergence");
  }

  @Test
  void analysesTheThreeYearsEndingWithTheMapsYear() {
    assertThat(MapParams.convergenceYears(2025)).containsExactly(2023, 2025);
    assertThat(MapParams.convergenceYears(2001)).containsExactly(2000, 2001);
    assertThat(MapParams.convergenceYears(1990)).containsExactly(2000, 2000);
  }
}
