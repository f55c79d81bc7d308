package sn.convergence.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import sn.convergence.geography.AdminLevel;
import sn.convergence.geography.AdminUnit;
import sn.convergence.geography.PCode;

class ReferenceDepartmentsTest {

  @Test
  void readsTheFortySixDepartmentsOfTheReferenceFile() {
    List<DemoDepartment> departments = ReferenceDepartments.load();
    assertThat(departments).hasSize(46);
    assertThat(departments.get(0))
        .isEqualTo(new DemoDepartment("SN0101", "Dakar", "SN01", "Dakar", null));
  }

  @Test
  void datesKeurMassarFromItsCreation() {
    DemoDepartment keurMassar =
        ReferenceDepartments.load().stream()
            .filter(d -> d.pcode().equals("SN0105"))
            .findFirst()
            .orElseThrow();
    assertThat(keurMassar.validFrom()).isEqualTo(LocalDate.of(2021, 5, 28));
    assertThat(keurMassar.activeIn(2020)).isFalse();
    assertThat(keurMassar.activeIn(2021)).isTrue();
  }

  @Test
  void mapsGeographyUnitsToDepartmentsWithTheirRegionName() {
    AdminUnit region =
        new AdminUnit(
            PCode.of("SN01"),
            AdminLevel.REGION,
            "Dakar",
            PCode.of("SN"),
            "SN/SN01",
            null,
            null,
            null,
            null);
    AdminUnit keurMassar =
        new AdminUnit(
            PCode.of("SN0105"),
            AdminLevel.DEPARTMENT,
            "Keur Massar",
            PCode.of("SN01"),
            "SN/SN01/SN0105",
            LocalDate.of(2021, 5, 28),
            null,
            null,
            null);
    assertThat(ReferenceDepartments.fromAdminUnits(List.of(keurMassar, region)))
        .containsExactly(
            new DemoDepartment(
                "SN0105", "Keur Massar", "SN01", "Dakar", LocalDate.of(2021, 5, 28)));
  }
}
