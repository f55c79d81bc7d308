package sn.convergence.convergence.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import sn.convergence.convergence.CoverageFact;
import sn.convergence.geography.AdminLevel;
import sn.convergence.geography.AdminUnit;
import sn.convergence.geography.PCode;
import sn.convergence.registry.BeneficiaryUnit;
import sn.convergence.registry.CoverageRecord;

class CoverageAssemblerTest {

  static final Map<PCode, AdminUnit> GEOGRAPHY =
      Map.of(
          PCode.of("SN09"), unit("SN09", AdminLevel.REGION, "SN/SN09"),
          PCode.of("SN0902"), unit("SN0902", AdminLevel.DEPARTMENT, "SN/SN09/SN0902"),
          PCode.of("SN090201"),
              unit("SN090201", AdminLevel.ARRONDISSEMENT, "SN/SN09/SN0902/SN090201"),
          PCode.of("SN090202"),
              unit("SN090202", AdminLevel.ARRONDISSEMENT, "SN/SN09/SN0902/SN090202"));
  static final Map<String, String> FAMILIES =
      Map.of(
          "LEAN_SEASON_RESPONSE", "FOOD_ASSISTANCE",
          "FOOD_VOUCHER", "FOOD_ASSISTANCE",
          "FAMILY_GRANT", "CASH_TRANSFER");

  @Test
  void addsFinerUnitsOfOnePeriodThenKeepsThePeakPeriod() {
    CoverageAssembler.Result result =
        assemble(
            record(
                "PNBSF",
                List.of("FAMILY_GRANT"),
                "SN090201",
                "2021-01-01",
                "2021-03-31",
                100L,
                10L),
            record(
                "PNBSF",
                List.of("FAMILY_GRANT"),
                "SN090202",
                "2021-01-01",
                "2021-03-31",
                150L,
                20L),
            record(
                "PNBSF", List.of("FAMILY_GRANT"), "SN0902", "2021-04-01", "2021-06-30", 200L, 30L));
    CoverageFact fact = result.facts().get(PCode.of("SN0902")).get(0);
    assertThat(fact.reached()).isEqualTo(250L);
    assertThat(fact.budgetXof()).isEqualTo(60L);
    assertThat(result.usedRows()).isEqualTo(3);
  }

  @Test
  void leavesCoarserRowsOutAndCountsThem() {
    CoverageAssembler.Result result =
        assemble(
            record(
                "PAM",
                List.of("LEAN_SEASON_RESPONSE"),
                "SN09",
                "2022-07-01",
                "2022-07-31",
                100L,
                1L),
            record(
                "PAM",
                List.of("LEAN_SEASON_RESPONSE"),
                "SN0101",
                "2022-07-01",
                "2022-07-31",
                5L,
                1L));
    assertThat(result.facts()).isEmpty();
    assertThat(result.coarserRows()).isEqualTo(1);
    assertThat(result.outsideRows()).isEqualTo(1);
  }

  @Test
  void countsBeneficiariesOncePerFamilyButKeepsEveryTypeForDuplications() {
    CoverageAssembler.Result result =
        assemble(
            record(
                "PAM",
                List.of("FOOD_VOUCHER", "LEAN_SEASON_RESPONSE"),
                "SN0902",
                "2022-07-01",
                "2022-07-31",
                900L,
                5L));
    List<CoverageFact> facts = result.facts().get(PCode.of("SN0902"));
    assertThat(facts)
        .extracting(CoverageFact::typeCode, CoverageFact::reached)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("FOOD_VOUCHER", 900L),
            org.assertj.core.groups.Tuple.tuple("LEAN_SEASON_RESPONSE", 0L));
  }

  private static CoverageAssembler.Result assemble(CoverageRecord... records) {
    return CoverageAssembler.assemble(
        List.of(records), GEOGRAPHY, AdminLevel.DEPARTMENT, Set.of(PCode.of("SN0902")), FAMILIES);
  }

  private static CoverageRecord record(
      String code,
      List<String> types,
      String pcode,
      String start,
      String end,
      long reached,
      long budget) {
    return new CoverageRecord(
        code,
        types,
        List.of("FOOD_INSECURE_HOUSEHOLDS"),
        List.of("WFP"),
        PCode.of(pcode),
        LocalDate.parse(start),
        LocalDate.parse(end),
        null,
        reached,
        BeneficiaryUnit.HOUSEHOLDS,
        budget);
  }

  private static AdminUnit unit(String pcode, AdminLevel level, String path) {
    return new AdminUnit(PCode.of(pcode), level, pcode, null, path, null, null, null, null);
  }
}
