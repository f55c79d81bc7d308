package sn.convergence.registry.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import sn.convergence.geography.PCode;
import sn.convergence.registry.BeneficiaryUnit;
import sn.convergence.registry.Coverage;
import sn.convergence.registry.Figures;
import sn.convergence.registry.Period;

class CoverageTotalsTest {

  @Test
  void neverAddsHouseholdsAndPeopleTogether() {
    List<Coverage> rows =
        List.of(
            row("SN0101", 100L, 90L, BeneficiaryUnit.HOUSEHOLDS, 1_000L),
            row("SN0102", 500L, null, BeneficiaryUnit.PEOPLE, null),
            row("SN0103", 50L, 40L, BeneficiaryUnit.HOUSEHOLDS, 2_000L));

    List<CoverageTotals.Line> totals = CoverageTotals.byUnit(rows);

    assertThat(totals)
        .containsExactly(
            new CoverageTotals.Line(BeneficiaryUnit.HOUSEHOLDS, 2, new Figures(150, 130), 2, 2),
            new CoverageTotals.Line(BeneficiaryUnit.PEOPLE, 1, new Figures(500, 0), 1, 0));
    assertThat(totals.get(1).planned()).isEqualTo(500L);
    assertThat(totals.get(1).reached()).as("no row gave a reached figure").isNull();
    assertThat(CoverageTotals.budget(rows)).isEqualTo(3_000L);
  }

  @Test
  void budgetIsUnknownWhenNoRowGivesOne() {
    assertThat(CoverageTotals.budget(List.of(row("SN01", 1L, 1L, BeneficiaryUnit.PUPILS, null))))
        .isNull();
  }

  @Test
  void formatsAmountsWithNarrowNoBreakSpaces() {
    assertThat(Amounts.format(1_250_000L)).isEqualTo("1\u202f250\u202f000");
    assertThat(Amounts.format(999L)).isEqualTo("999");
    assertThat(Amounts.format(1_000L)).isEqualTo("1\u202f000");
    assertThat(Amounts.format(-12_345L)).isEqualTo("-12\u202f345");
    assertThat(Amounts.format(null)).isNull();
  }

  private static Coverage row(
      String pcode, Long planned, Long reached, BeneficiaryUnit unit, Long budget) {
    return new Coverage(
        1, PCode.of(pcode), Period.year(2021), planned, reached, unit, budget, null, false);
  }
}
