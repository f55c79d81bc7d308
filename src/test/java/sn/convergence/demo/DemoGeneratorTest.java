package sn.convergence.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DemoGeneratorTest {

  static List<DemoDepartment> departments;
  static DemoDataset dataset;

  @BeforeAll
  static void generate() {
    departments = ReferenceDepartments.load();
    dataset = new DemoGenerator(departments).generate(DemoGenerator.DEFAULT_SEED);
  }

  @Test
  void sameSeedGivesIdenticalDataset() {
    DemoDataset again = new DemoGenerator(departments).generate(DemoGenerator.DEFAULT_SEED);
    assertThat(again.digest()).isEqualTo(dataset.digest());
    assertThat(again).isEqualTo(dataset);
  }

  @Test
  void otherSeedGivesOtherFigures() {
    DemoDataset other = new DemoGenerator(departments).generate(DemoGenerator.DEFAULT_SEED + 1);
    assertThat(other.digest()).isNotEqualTo(dataset.digest());
  }

  @Test
  void satisfiesEveryRuleOfTheSelfCheck() {
    assertThat(DemoDatasetSelfCheck.check(dataset)).isEmpty();
  }

  @Test
  void satisfiesTheSelfCheckForOtherSeeds() {
    for (long seed = 1; seed <= 5; seed++) {
      DemoDataset other = new DemoGenerator(departments).generate(seed);
      assertThat(DemoDatasetSelfCheck.check(other)).as("seed %d", seed).isEmpty();
    }
  }

  @Test
  void coversAllFortySixDepartments() {
    Set<String> covered =
        dataset.coverage().stream().map(DemoCoverage::pcode).collect(Collectors.toSet());
    assertThat(covered).hasSize(46);
    assertThat(dataset.departments()).hasSize(46);
  }

  @Test
  void placesNothingOutsideTheGivenDepartments() {
    Set<String> known = departments.stream().map(DemoDepartment::pcode).collect(Collectors.toSet());
    assertThat(dataset.coverage()).allSatisfy(f -> assertThat(known).contains(f.pcode()));
    assertThat(dataset.context()).allSatisfy(v -> assertThat(known).contains(v.pcode()));
  }

  @Test
  void placesNothingInKeurMassarBefore2021() {
    assertThat(dataset.coverage())
        .filteredOn(f -> f.pcode().equals("SN0105"))
        .isNotEmpty()
        .allSatisfy(f -> assertThat(f.periodStart().getYear()).isGreaterThanOrEqualTo(2021));
    assertThat(dataset.context())
        .filteredOn(v -> v.pcode().equals("SN0105"))
        .allSatisfy(v -> assertThat(v.year()).isGreaterThanOrEqualTo(2021));
  }

  @Test
  void reportsPikineWithKeurMassarBeforeTheSplit() {
    DatasetIndex index = new DatasetIndex(dataset);
    double pikine2020 = index.context(DemoCodes.POPULATION, "SN0103", "2020");
    double pikine2021 = index.context(DemoCodes.POPULATION, "SN0103", "2021");
    double keurMassar2021 = index.context(DemoCodes.POPULATION, "SN0105", "2021");
    assertThat(pikine2021).isLessThan(pikine2020);
    assertThat((pikine2021 + keurMassar2021) / pikine2020).isBetween(1.02, 1.06);
  }

  @Test
  void keepsTheFactCountWithinTheSpecVolume() {
    assertThat(dataset.coverage()).hasSizeBetween(3_000, 5_000);
  }

  @Test
  void keepsNationalPnbsfTotalsWithinTheSpecRanges() {
    DatasetIndex index = new DatasetIndex(dataset);
    for (int year = 2013; year <= 2025; year++) {
      long total = index.total(DemoCodes.PNBSF, DemoCodes.HOUSEHOLDS, year, null);
      long[] range = DemoDatasetSelfCheck.pnbsfRange(year);
      assertThat(total).as("PNBSF %d", year).isBetween(range[0], range[1]);
    }
    assertThat(index.total(DemoCodes.PNBSF, DemoCodes.HOUSEHOLDS, 2017, null))
        .isBetween(285_000L, 315_000L);
  }

  @Test
  void keepsPovertyWeightedMeanBetween37And38() {
    DatasetIndex index = new DatasetIndex(dataset);
    assertThat(index.weightedPoverty("2018/19", 2018)).isBetween(37.0, 38.0);
    assertThat(index.weightedPoverty("2021/22", 2021)).isBetween(37.0, 38.0);
  }

  @Test
  void calibratesNationalPopulation() {
    DatasetIndex index = new DatasetIndex(dataset);
    assertThat(index.contextTotal(DemoCodes.POPULATION, 2013)).isBetween(13.3e6, 13.7e6);
    assertThat(index.contextTotal(DemoCodes.POPULATION, 2023)).isBetween(17.9e6, 18.3e6);
  }

  @Test
  void keepsEveryBudgetNonNegative() {
    assertThat(dataset.coverage())
        .allSatisfy(f -> assertThat(f.budgetXof() == null || f.budgetXof() >= 0).isTrue());
    assertThat(dataset.coverage()).allMatch(DemoCoverage::synthetic);
  }

  @Test
  void paysEveryRegistryHouseholdExactly80000In2022() {
    DatasetIndex index = new DatasetIndex(dataset);
    List<DemoCoverage> transfers = index.facts(DemoCodes.CASH_2022);
    assertThat(transfers).hasSize(46);
    for (DemoCoverage f : transfers) {
      assertThat(f.budgetXof()).isEqualTo(f.reached() * 80_000);
      assertThat((double) f.reached())
          .isEqualTo(index.context(DemoCodes.RNU_HOUSEHOLDS, f.pcode(), "2022"));
    }
  }

  @Test
  void placesTheFiveProgrammesInTheConvergenceZoneFrom2021To2023() {
    DemoStory story = dataset.story(1);
    DatasetIndex index = new DatasetIndex(dataset);
    String pcode = story.pcodes().get(0);
    assertThat(story.years()).containsExactly(2021, 2022, 2023);
    for (int year : story.years()) {
      assertThat(index.has(DemoCodes.PNBSF, pcode, year)).isTrue();
      assertThat(index.has(DemoCodes.CANTEENS_WFP, pcode, year)).isTrue();
      assertThat(DemoCodes.LEAN_SEASON_CASH).anyMatch(c -> index.has(c, pcode, year));
      assertThat(index.has(DemoCodes.YKK, pcode, year)).isTrue();
      assertThat(index.has(DemoCodes.CMU, pcode, year)).isTrue();
    }
  }

  @Test
  void leavesTheUncoveredPocketWithoutPartnerProgrammes() {
    String pcode = dataset.story(2).pcodes().get(0);
    assertThat(dataset.coverage())
        .filteredOn(f -> f.pcode().equals(pcode))
        .extracting(DemoCoverage::interventionCode)
        .doesNotContainAnyElementsOf(DemoCodes.PARTNER_PROGRAMMES)
        .contains(DemoCodes.PNBSF);
  }

  @Test
  void startsYokkKoomKoomAsAnUrbanPilot() {
    DemoStory story = dataset.story(3);
    assertThat(dataset.coverage())
        .filteredOn(f -> f.interventionCode().equals(DemoCodes.YKK) && f.covers(2018))
        .extracting(DemoCoverage::pcode)
        .isNotEmpty()
        .allMatch(story.pcodes()::contains);
    assertThat(dataset.coverage())
        .filteredOn(f -> f.interventionCode().equals(DemoCodes.YKK) && f.covers(2022))
        .extracting(DemoCoverage::pcode)
        .hasSizeGreaterThanOrEqualTo(2 * 46);
  }

  @Test
  void dropsR4FromTwoDepartmentsIn2022() {
    DemoStory story = dataset.story(4);
    DatasetIndex index = new DatasetIndex(dataset);
    assertThat(story.pcodes()).hasSize(2);
    for (String pcode : story.pcodes()) {
      assertThat(index.has(DemoCodes.R4, pcode, 2021)).isTrue();
      assertThat(index.has(DemoCodes.R4, pcode, 2022)).isFalse();
    }
  }

  @Test
  void reportsTheJointLeanSeasonOperationTwice() {
    List<DemoCoverage> shared =
        dataset.coverage().stream().filter(f -> f.operationKey() != null).toList();
    assertThat(shared).hasSize(2 * 2 * 2);
    assertThat(shared.stream().collect(Collectors.groupingBy(DemoCoverage::operationKey)))
        .allSatisfy(
            (key, pair) -> {
              assertThat(pair)
                  .extracting(DemoCoverage::beneficiaryUnit)
                  .containsExactlyInAnyOrder(DemoCodes.HOUSEHOLDS, DemoCodes.PEOPLE);
              assertThat(pair)
                  .extracting(DemoCoverage::periodLabel)
                  .containsOnly(pair.get(0).periodLabel());
              assertThat(pair.get(0).periodLabel()).isIn("2022-07", "2022-08");
            });
  }

  @Test
  void rejectsDepartmentListsWithoutTheStoryDepartments() {
    List<DemoDepartment> withoutMatam =
        departments.stream().filter(d -> !d.pcode().equals("SN0902")).toList();
    assertThatThrownBy(() -> new DemoGenerator(withoutMatam))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("SN0902");
  }
}
