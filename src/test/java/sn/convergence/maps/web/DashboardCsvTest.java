package sn.convergence.maps.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import sn.convergence.maps.DashboardData;
import sn.convergence.registry.BeneficiaryUnit;
import sn.convergence.registry.Figures;
import sn.convergence.registry.UnitPresence;

class DashboardCsvTest {

  private static final UnitPresence KOLDA =
      new UnitPresence(
          "SN07",
          "Kolda",
          "REGION",
          2,
          List.of("A", "B"),
          1,
          List.of("WFP"),
          Map.of(BeneficiaryUnit.HOUSEHOLDS, new Figures(10, 7)),
          1000,
          3);
  private static final UnitPresence TOTAL =
      new UnitPresence("SN", "Sénégal", "COUNTRY", 2, List.of(), 1, List.of(), Map.of(), 1000, 3);

  private static final DashboardData DATA =
      new DashboardData(
          2024,
          TOTAL,
          List.of(KOLDA),
          new DashboardData.TypeMatrix(
              List.of("FAMILY_GRANT", "SCHOOL_CANTEEN"),
              List.of(new DashboardData.MatrixRow("SN0701", "Kolda", List.of(1, 0))),
              1),
          List.of(new DashboardData.ActorPresence("=cmd|' /C calc'!A0", "+evil", 3, 1, 2)));

  @Test
  void writesRegionsWithTheNationalTotalAndOneColumnPerBeneficiaryUnit() {
    String csv = DashboardCsv.regions(DATA);

    assertThat(csv.lines().findFirst().orElseThrow())
        .startsWith("year,pcode,name,interventions,actors,budget_xof,reached_households,");
    assertThat(csv).contains("2024,SN07,Kolda,2,1,1000,7,0");
    assertThat(csv).contains("2024,SN,Sénégal,2,1,1000,0");
  }

  @Test
  void writesTheMatrixWithTypeCodesAsColumns() {
    assertThat(DashboardCsv.matrix(DATA))
        .isEqualTo("year,pcode,name,FAMILY_GRANT,SCHOOL_CANTEEN\r\n2024,SN0701,Kolda,1,0\r\n");
  }

  @Test
  void neutralisesCellsThatASpreadsheetWouldRunAsFormulas() {
    String csv = DashboardCsv.actors(DATA);

    assertThat(csv).contains("'=cmd|' /C calc'!A0").contains(",'+evil,");
    assertThat(csv).doesNotContain(",=cmd");
  }

  @Test
  void ranksHeatCellsByQuarterOfTheMaximum() {
    DashboardData.TypeMatrix matrix = new DashboardData.TypeMatrix(List.of(), List.of(), 8);
    assertThat(List.of(0, 1, 2, 3, 4, 5, 8).stream().map(matrix::heat).toList())
        .containsExactly(0, 1, 1, 2, 2, 3, 4);
  }
}
