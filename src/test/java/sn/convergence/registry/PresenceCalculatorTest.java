package sn.convergence.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import sn.convergence.geography.AdminLevel;
import sn.convergence.geography.AdminUnit;
import sn.convergence.geography.PCode;

class PresenceCalculatorTest {

  static final Map<PCode, AdminUnit> GEO = new HashMap<>();
  static final AdminUnit SN = add("SN", AdminLevel.COUNTRY, "Sénégal", "SN");
  static final AdminUnit DAKAR = add("SN01", AdminLevel.REGION, "Dakar", "SN/SN01");
  static final AdminUnit PIKINE = add("SN0103", AdminLevel.DEPARTMENT, "Pikine", "SN/SN01/SN0103");
  static final AdminUnit RUFISQUE =
      add("SN0104", AdminLevel.DEPARTMENT, "Rufisque", "SN/SN01/SN0104");
  static final AdminUnit MATAM = add("SN09", AdminLevel.REGION, "Matam", "SN/SN09");
  static final AdminUnit KANEL = add("SN0901", AdminLevel.DEPARTMENT, "Kanel", "SN/SN09/SN0901");
  static final AdminUnit COMMUNE =
      add("SN09010101", AdminLevel.COMMUNE, "Orkadiéré", "SN/SN09/SN0901/SN090101/SN09010101");

  final PresenceCalculator calculator = new PresenceCalculator(GEO, SN);
  final LocalDate jan = LocalDate.of(2021, 1, 1);
  final LocalDate dec = LocalDate.of(2021, 12, 31);

  @Test
  void rollsFinerRowsUpAndKeepsHouseholdsApartFromPeople() {
    List<PresenceRow> rows =
        List.of(
            row(
                "PNBSF",
                List.of("DGPSN"),
                "SN0901",
                2021,
                100L,
                90L,
                BeneficiaryUnit.HOUSEHOLDS,
                9_000L),
            row(
                "WFP-SF",
                List.of("WFP", "DCaS"),
                "SN09010101",
                2021,
                50L,
                40L,
                BeneficiaryUnit.PUPILS,
                1_000L),
            row("LEAN", List.of("WFP"), "SN0901", 2021, 700L, 650L, BeneficiaryUnit.PEOPLE, 5_000L),
            row(
                "PNBSF",
                List.of("DGPSN"),
                "SN0103",
                2021,
                10L,
                null,
                BeneficiaryUnit.HOUSEHOLDS,
                null));
    PresenceReport report =
        calculator.compute(rows, AdminLevel.DEPARTMENT, jan, dec, List.of(PIKINE, RUFISQUE, KANEL));

    assertThat(report.units())
        .extracting(UnitPresence::pcode)
        .containsExactly("SN0103", "SN0104", "SN0901");
    UnitPresence kanel = report.units().get(2);
    assertThat(kanel.interventions()).containsExactly("LEAN", "PNBSF", "WFP-SF");
    assertThat(kanel.actors()).containsExactly("DCaS", "DGPSN", "WFP");
    assertThat(kanel.beneficiaries())
        .containsEntry(BeneficiaryUnit.HOUSEHOLDS, new Figures(100, 90))
        .containsEntry(BeneficiaryUnit.PEOPLE, new Figures(700, 650))
        .containsEntry(BeneficiaryUnit.PUPILS, new Figures(50, 40));
    assertThat(kanel.budgetXof()).isEqualTo(15_000L);
    assertThat(report.units().get(1).rows()).isZero();
    assertThat(report.units().get(0).beneficiaries())
        .containsEntry(BeneficiaryUnit.HOUSEHOLDS, new Figures(10, 0));
    assertThat(report.coarserRows()).isEmpty();
    assertThat(report.totals().rows()).isEqualTo(4);
    assertThat(report.totals().beneficiaries().get(BeneficiaryUnit.HOUSEHOLDS))
        .isEqualTo(new Figures(110, 90));
  }

  @Test
  void keepsCoarserRowsApartGroupedPerUnitAndCountsThemInTotalsOnly() {
    List<PresenceRow> rows =
        List.of(
            row("NGO-A", List.of("NGO"), "SN09", 2021, 300L, 300L, BeneficiaryUnit.HOUSEHOLDS, 30L),
            row("NGO-B", List.of("NGO2"), "SN09", 2021, 5L, 5L, BeneficiaryUnit.SCHOOLS, 20L),
            row("CMU", List.of("ANACMU"), "SN", 2021, 1000L, 800L, BeneficiaryUnit.PEOPLE, 10L),
            row(
                "PNBSF",
                List.of("DGPSN"),
                "SN0901",
                2021,
                100L,
                90L,
                BeneficiaryUnit.HOUSEHOLDS,
                1L));
    PresenceReport report =
        calculator.compute(rows, AdminLevel.DEPARTMENT, jan, dec, List.of(KANEL));

    assertThat(report.units().get(0).beneficiaries())
        .containsOnlyKeys(BeneficiaryUnit.HOUSEHOLDS)
        .containsEntry(BeneficiaryUnit.HOUSEHOLDS, new Figures(100, 90));
    assertThat(report.coarserRows()).extracting(UnitPresence::pcode).containsExactly("SN", "SN09");
    UnitPresence matam = report.coarserRows().get(1);
    assertThat(matam.name()).isEqualTo("Matam");
    assertThat(matam.level()).isEqualTo("REGION");
    assertThat(matam.interventions()).containsExactly("NGO-A", "NGO-B");
    assertThat(matam.budgetXof()).isEqualTo(50L);
    assertThat(report.totals().budgetXof()).isEqualTo(61L);
    assertThat(report.totals().interventionCount()).isEqualTo(4);
  }

  @Test
  void countsARowInEveryYearItsPeriodOverlaps() {
    PresenceRow schoolYear =
        new PresenceRow(
            "SF",
            List.of("WFP"),
            PCode.of("SN0901"),
            LocalDate.of(2020, 10, 1),
            LocalDate.of(2021, 7, 31),
            10L,
            10L,
            BeneficiaryUnit.PUPILS,
            100L);
    for (int year : new int[] {2020, 2021}) {
      assertThat(totalRows(List.of(schoolYear), year)).isEqualTo(1);
    }
    assertThat(totalRows(List.of(schoolYear), 2019)).isZero();
    assertThat(totalRows(List.of(schoolYear), 2022)).isZero();
  }

  @Test
  void aggregatesFiveThousandRowsOverFortySixDepartmentsWellUnderFiftyMilliseconds() {
    List<AdminUnit> departments = new ArrayList<>();
    Map<PCode, AdminUnit> geo = new HashMap<>(GEO);
    for (int i = 1; i <= 46; i++) {
      String code = String.format("SN%02d%02d", 1 + i % 14, i);
      AdminUnit unit =
          new AdminUnit(
              PCode.of(code),
              AdminLevel.DEPARTMENT,
              "D" + i,
              null,
              "SN/" + code.substring(0, 4) + "/" + code,
              null,
              null,
              null,
              null);
      departments.add(unit);
      geo.put(unit.pcode(), unit);
    }
    Random random = new Random(42);
    List<PresenceRow> rows = new ArrayList<>();
    for (int i = 0; i < 5_000; i++) {
      AdminUnit d = departments.get(random.nextInt(46));
      rows.add(
          new PresenceRow(
              "I" + random.nextInt(40),
              List.of("A" + random.nextInt(20)),
              d.pcode(),
              LocalDate.of(2013 + random.nextInt(12), 1, 1),
              LocalDate.of(2025, 12, 31),
              (long) random.nextInt(1000),
              (long) random.nextInt(1000),
              BeneficiaryUnit.values()[random.nextInt(4)],
              (long) random.nextInt(1_000_000)));
    }
    PresenceCalculator big = new PresenceCalculator(geo, SN);
    long best = Long.MAX_VALUE;
    PresenceReport report = null;
    for (int run = 0; run < 10; run++) {
      long start = System.nanoTime();
      report = big.compute(rows, AdminLevel.DEPARTMENT, jan, dec, departments);
      best = Math.min(best, System.nanoTime() - start);
    }
    assertThat(report.totals().rows()).isEqualTo(rows.size() - countStartingAfter2021(rows));
    assertThat(best / 1_000_000.0).isLessThan(50.0);
  }

  private static long countStartingAfter2021(List<PresenceRow> rows) {
    return rows.stream().filter(r -> r.start().getYear() > 2021).count();
  }

  private int totalRows(List<PresenceRow> rows, int year) {
    return calculator
        .compute(
            rows,
            AdminLevel.REGION,
            LocalDate.of(year, 1, 1),
            LocalDate.of(year, 12, 31),
            List.of(MATAM))
        .totals()
        .rows();
  }

  private static PresenceRow row(
      String code,
      List<String> actors,
      String pcode,
      int year,
      Long planned,
      Long reached,
      BeneficiaryUnit unit,
      Long budget) {
    return new PresenceRow(
        code,
        actors,
        PCode.of(pcode),
        LocalDate.of(year, 1, 1),
        LocalDate.of(year, 12, 31),
        planned,
        reached,
        unit,
        budget);
  }

  private static AdminUnit add(String pcode, AdminLevel level, String name, String path) {
    AdminUnit unit =
        new AdminUnit(PCode.of(pcode), level, name, null, path, null, null, null, null);
    GEO.put(unit.pcode(), unit);
    return unit;
  }
}
