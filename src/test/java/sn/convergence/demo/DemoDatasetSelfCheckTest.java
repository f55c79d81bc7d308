package sn.convergence.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DemoDatasetSelfCheckTest {

  static DemoDataset dataset;

  @BeforeAll
  static void generate() {
    dataset = new DemoGenerator(ReferenceDepartments.load()).generate(DemoGenerator.DEFAULT_SEED);
  }

  @Test
  void reportsCoverageInAnUnknownDepartment() {
    DemoDataset broken =
        withCoverage(
            facts -> append(facts, copy(facts.get(0), "SN9999", facts.get(0).budgetXof())));
    assertThat(DemoDatasetSelfCheck.check(broken)).anyMatch(v -> v.startsWith("PCODE"));
  }

  @Test
  void reportsKeurMassarCoverageBeforeTheSplit() {
    DemoCoverage fact =
        dataset.coverage().stream()
            .filter(f -> f.pcode().equals("SN0103") && f.covers(2019))
            .findFirst()
            .orElseThrow();
    DemoDataset broken = withCoverage(facts -> append(facts, copy(fact, "SN0105", 0L)));
    assertThat(DemoDatasetSelfCheck.check(broken)).anyMatch(v -> v.startsWith("PCODE"));
  }

  @Test
  void reportsANegativeBudget() {
    DemoDataset broken =
        withCoverage(facts -> append(facts, copy(facts.get(0), facts.get(0).pcode(), -1L)));
    assertThat(DemoDatasetSelfCheck.check(broken)).anyMatch(v -> v.startsWith("FACT_VALUES"));
  }

  @Test
  void reportsAStalledDepartmentThatKeepsR4() {
    List<String> dropped = dataset.story(4).pcodes();
    DemoCoverage r4 =
        dataset.coverage().stream()
            .filter(f -> f.interventionCode().equals(DemoCodes.R4) && f.covers(2021))
            .filter(f -> f.pcode().equals(dropped.get(0)))
            .findFirst()
            .orElseThrow();
    DemoCoverage kept =
        new DemoCoverage(
            r4.interventionCode(),
            r4.pcode(),
            "2022S",
            r4.periodStart().withYear(2022),
            r4.periodEnd().withYear(2022),
            r4.planned(),
            r4.reached(),
            r4.beneficiaryUnit(),
            r4.budgetXof(),
            r4.source(),
            true,
            null);
    DemoDataset broken = withCoverage(facts -> append(facts, kept));
    assertThat(DemoDatasetSelfCheck.check(broken)).anyMatch(v -> v.startsWith("STORY_4"));
  }

  @Test
  void reportsAConvergenceZoneMissingSchoolFeeding() {
    String zone = dataset.story(1).pcodes().get(0);
    DemoDataset broken =
        withCoverage(
            facts ->
                facts.stream()
                    .filter(
                        f ->
                            !(f.pcode().equals(zone)
                                && f.interventionCode().equals(DemoCodes.CANTEENS_WFP)))
                    .toList());
    assertThat(DemoDatasetSelfCheck.check(broken)).anyMatch(v -> v.startsWith("STORY_1"));
  }

  @Test
  void reportsTooFewFacts() {
    DemoDataset broken = withCoverage(facts -> facts.subList(0, 100));
    assertThat(DemoDatasetSelfCheck.check(broken)).anyMatch(v -> v.startsWith("VOLUME"));
  }

  private static DemoDataset withCoverage(UnaryOperator<List<DemoCoverage>> change) {
    return new DemoDataset(
        dataset.seed(),
        dataset.departments(),
        dataset.organisations(),
        dataset.interventions(),
        change.apply(dataset.coverage()),
        dataset.context(),
        dataset.stories());
  }

  private static List<DemoCoverage> append(List<DemoCoverage> facts, DemoCoverage extra) {
    List<DemoCoverage> copy = new ArrayList<>(facts);
    copy.add(extra);
    return copy;
  }

  private static DemoCoverage copy(DemoCoverage f, String pcode, Long budget) {
    return new DemoCoverage(
        f.interventionCode(),
        pcode,
        f.periodLabel(),
        f.periodStart(),
        f.periodEnd(),
        f.planned(),
        f.reached(),
        f.beneficiaryUnit(),
        budget,
        f.source(),
        true,
        null);
  }
}
