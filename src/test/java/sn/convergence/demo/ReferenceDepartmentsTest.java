package sn.convergence.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

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
}
