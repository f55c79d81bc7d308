package sn.convergence.demo;

import static sn.convergence.demo.DemoDatasetSelfCheck.require;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Checks that each of the six stories is present with the facts that make it true. */
final class StoryChecks {

  private final DemoDataset dataset;
  private final DatasetIndex index;
  private final List<String> violations;

  StoryChecks(DemoDataset dataset, DatasetIndex index, List<String> violations) {
    this.dataset = dataset;
    this.index = index;
    this.violations = violations;
  }

  void run() {
    for (int id = 1; id <= 6; id++) {
      int story = id;
      boolean present = dataset.stories().stream().anyMatch(s -> s.id() == story);
      require(present, "STORY_" + id, "missing", violations);
    }
    if (violations.stream().noneMatch(v -> v.startsWith("STORY_"))) {
      convergenceZone(dataset.story(1));
      uncoveredPocket(dataset.story(2));
      scalingTrajectory(dataset.story(3));
      stalledTrajectory(dataset.story(4));
      duplicatedReport(dataset.story(5));
      registryJump(dataset.story(6));
    }
  }

  private void convergenceZone(DemoStory story) {
    String pcode = story.pcodes().get(0);
    for (int year : story.years()) {
      boolean all =
          index.has(DemoCodes.PNBSF, pcode, year)
              && index.has(DemoCodes.CANTEENS_WFP, pcode, year)
              && DemoCodes.LEAN_SEASON_CASH.stream().anyMatch(c -> index.has(c, pcode, year))
              && index.has(DemoCodes.YKK, pcode, year)
              && index.has(DemoCodes.CMU, pcode, year);
      require(all, "STORY_1", pcode + " lacks a programme in " + year, violations);
    }
  }

  private void uncoveredPocket(DemoStory story) {
    String pcode = story.pcodes().get(0);
    for (String partner : DemoCodes.PARTNER_PROGRAMMES) {
      boolean absent = index.facts(partner).stream().noneMatch(f -> f.pcode().equals(pcode));
      require(absent, "STORY_2", pcode + " has " + partner, violations);
    }
    require(index.povertyIn(pcode, 2023) >= 55, "STORY_2", pcode + " not poor", violations);
    List<Double> ratios = new ArrayList<>();
    double own = Double.NaN;
    for (DemoDepartment d : index.activeDepartments(2023)) {
      double ratio = pnbsfPerPoorPerson(d.pcode(), 2023);
      ratios.add(ratio);
      own = d.pcode().equals(pcode) ? ratio : own;
    }
    Collections.sort(ratios);
    double median = ratios.get(ratios.size() / 2);
    require(own < 0.6 * median, "STORY_2", pcode + " PNBSF coverage not low", violations);
  }

  private double pnbsfPerPoorPerson(String pcode, int year) {
    double people = index.context(DemoCodes.POPULATION, pcode, Integer.toString(year));
    double poor = people * index.povertyIn(pcode, year) / 100;
    return index.total(DemoCodes.PNBSF, DemoCodes.HOUSEHOLDS, year, pcode) / poor;
  }

  private void scalingTrajectory(DemoStory story) {
    for (DemoCoverage f : index.facts(DemoCodes.YKK)) {
      boolean pilot = f.covers(2018) || f.covers(2019);
      require(!pilot || story.pcodes().contains(f.pcode()), "STORY_3", f.pcode(), violations);
      require(!f.covers(2020), "STORY_3", "activity in 2020", violations);
    }
    for (int year : List.of(2021, 2025)) {
      for (DemoDepartment d : index.activeDepartments(year)) {
        require(index.has(DemoCodes.YKK, d.pcode(), year), "STORY_3", d.pcode(), violations);
      }
    }
    within(DemoCodes.YKK, 2019, 13_500, 16_500, "STORY_3");
    within(DemoCodes.YKK, 2023, 42_000, 48_000, "STORY_3");
    within(DemoCodes.YKK, 2025, 36_000, 44_000, "STORY_3");
  }

  private void within(String intervention, int year, long min, long max, String code) {
    long total = index.total(intervention, DemoCodes.HOUSEHOLDS, year, null);
    require(total >= min && total <= max, code, year + ": " + total, violations);
  }

  private void stalledTrajectory(DemoStory story) {
    int before = story.years().get(0);
    int after = story.years().get(1);
    for (String pcode : story.pcodes()) {
      require(index.has(DemoCodes.R4, pcode, before), "STORY_4", pcode + " no R4", violations);
      for (int year = after; year <= DemoCodes.LAST_YEAR; year++) {
        require(!index.has(DemoCodes.R4, pcode, year), "STORY_4", pcode + " " + year, violations);
      }
    }
    require(departmentsWithR4(after) >= 4, "STORY_4", "R4 stopped everywhere", violations);
  }

  private long departmentsWithR4(int year) {
    return index.facts(DemoCodes.R4).stream()
        .filter(f -> f.covers(year))
        .map(DemoCoverage::pcode)
        .distinct()
        .count();
  }

  private void duplicatedReport(DemoStory story) {
    Map<String, List<DemoCoverage>> operations =
        dataset.coverage().stream()
            .filter(f -> f.operationKey() != null)
            .collect(
                Collectors.groupingBy(
                    DemoCoverage::operationKey, HashMap::new, Collectors.toList()));
    require(!operations.isEmpty(), "STORY_5", "no shared operation", violations);
    for (List<DemoCoverage> pair : operations.values()) {
      boolean twoSources =
          pair.size() == 2
              && pair.stream()
                  .anyMatch(f -> isReport(f, DemoCodes.LEAN_DGPSN, DemoCodes.HOUSEHOLDS))
              && pair.stream().anyMatch(f -> isReport(f, DemoCodes.LEAN_WFP, DemoCodes.PEOPLE))
              && pair.get(0).pcode().equals(pair.get(1).pcode())
              && pair.get(0).periodLabel().equals(pair.get(1).periodLabel())
              && story.pcodes().contains(pair.get(0).pcode())
              && pair.get(0).covers(story.years().get(0));
      require(twoSources, "STORY_5", pair.toString(), violations);
    }
    for (String pcode : story.pcodes()) {
      boolean reported = operations.values().stream().anyMatch(p -> p.get(0).pcode().equals(pcode));
      require(reported, "STORY_5", pcode + " not reported twice", violations);
    }
  }

  private static boolean isReport(DemoCoverage fact, String intervention, String unit) {
    return fact.interventionCode().equals(intervention) && fact.beneficiaryUnit().equals(unit);
  }

  private void registryJump(DemoStory story) {
    String region = index.department(story.pcodes().get(0)).regionPcode();
    int jumpYear = story.years().get(1);
    Map<String, double[]> byRegion = new HashMap<>();
    for (int year = ContextModel.RNU_FIRST_YEAR; year <= DemoCodes.LAST_YEAR; year++) {
      for (DemoDepartment d : index.activeDepartments(year)) {
        double value = index.context(DemoCodes.RNU_HOUSEHOLDS, d.pcode(), Integer.toString(year));
        byRegion.computeIfAbsent(d.regionPcode(), k -> new double[DemoCodes.LAST_YEAR + 1])[year] +=
            value;
      }
    }
    for (Map.Entry<String, double[]> entry : byRegion.entrySet()) {
      for (int year = ContextModel.RNU_FIRST_YEAR + 1; year <= DemoCodes.LAST_YEAR; year++) {
        double ratio = entry.getValue()[year] / entry.getValue()[year - 1];
        boolean story6 = entry.getKey().equals(region) && year == jumpYear;
        boolean ok = story6 ? ratio >= 1.6 && ratio <= 1.8 : ratio < 1.5;
        require(ok, "STORY_6", entry.getKey() + " " + year + ": " + ratio, violations);
      }
    }
  }
}
