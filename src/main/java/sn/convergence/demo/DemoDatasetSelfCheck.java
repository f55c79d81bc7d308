package sn.convergence.demo;

import static sn.convergence.demo.DemoCodes.FIRST_YEAR;
import static sn.convergence.demo.DemoCodes.LAST_YEAR;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules a demo dataset must satisfy (demo spec, sections 2, 3 and 7): code lists, P-codes and
 * validity, volumes, national calibration targets, the exact 2022 transfer and the six stories.
 * Pure; {@link #check} returns one message per violated rule, empty when the dataset is sound.
 */
public final class DemoDatasetSelfCheck {

  public static final int MIN_FACTS = 3_000;
  public static final int MAX_FACTS = 5_000;

  private DemoDatasetSelfCheck() {}

  /** Violated rules, each message starting with the rule's code (for example {@code STORY_4}). */
  public static List<String> check(DemoDataset dataset) {
    List<String> violations = new ArrayList<>();
    DatasetIndex index = new DatasetIndex(dataset);
    codes(dataset, violations);
    geography(dataset, index, violations);
    volumes(dataset, violations);
    calibration(index, violations);
    exceptionalTransfer(dataset, index, violations);
    new StoryChecks(dataset, index, violations).run();
    return violations;
  }

  /** National PNBSF households of a year must be within this range (demo spec, section 3). */
  public static long[] pnbsfRange(int year) {
    if (year >= 2024) {
      return new long[] {330_000, 360_000};
    }
    return switch (year) {
      case 2013 -> new long[] {47_500, 52_500};
      case 2014 -> new long[] {95_000, 105_000};
      case 2015 -> new long[] {190_000, 210_000};
      case 2016 -> new long[] {200_000, 300_000};
      default -> new long[] {285_000, 315_000};
    };
  }

  private static void codes(DemoDataset dataset, List<String> violations) {
    Set<String> acronyms = new HashSet<>();
    dataset.organisations().forEach(o -> acronyms.add(o.acronym()));
    for (DemoOrganisation o : dataset.organisations()) {
      require(DemoCodes.ORGANISATION_TYPES.contains(o.type()), "CODES", o.acronym(), violations);
      require(
          o.parentAcronym() == null || acronyms.contains(o.parentAcronym()),
          "CODES",
          "parent of " + o.acronym(),
          violations);
    }
    Set<String> interventions = new HashSet<>();
    for (DemoIntervention i : dataset.interventions()) {
      interventions.add(i.code());
      boolean valid =
          DemoCodes.INTERVENTION_TYPES.containsAll(i.typeCodes())
              && DemoCodes.TARGET_GROUPS.containsAll(i.targetGroups())
              && DemoCodes.MODALITIES.contains(i.modality())
              && DemoCodes.STATUSES.contains(i.status())
              && (i.scalingStage() == null || DemoCodes.STAGES.contains(i.scalingStage()))
              && i.participants().stream()
                  .allMatch(
                      p -> acronyms.contains(p.acronym()) && DemoCodes.ROLES.contains(p.role()));
      require(valid, "CODES", i.code(), violations);
    }
    for (DemoCoverage f : dataset.coverage()) {
      boolean valid =
          interventions.contains(f.interventionCode())
              && DemoCodes.UNITS.contains(f.beneficiaryUnit())
              && f.synthetic()
              && f.reached() >= 0
              && (f.planned() == null || f.planned() >= 0)
              && (f.budgetXof() == null || f.budgetXof() >= 0);
      require(valid, "FACT_VALUES", f.toString(), violations);
    }
    for (DemoContextValue v : dataset.context()) {
      boolean valid = DemoCodes.INDICATORS.contains(v.indicatorCode()) && v.synthetic();
      require(valid && v.value() >= 0, "CONTEXT_VALUES", v.toString(), violations);
    }
  }

  private static void geography(DemoDataset dataset, DatasetIndex index, List<String> violations) {
    for (DemoCoverage f : dataset.coverage()) {
      DemoDepartment d = index.department(f.pcode());
      require(
          d != null && d.activeIn(f.periodStart().getYear()), "PCODE", f.toString(), violations);
    }
    for (DemoContextValue v : dataset.context()) {
      DemoDepartment d = index.department(v.pcode());
      require(d != null && d.activeIn(v.year()), "PCODE", v.toString(), violations);
    }
  }

  private static void volumes(DemoDataset dataset, List<String> violations) {
    int facts = dataset.coverage().size();
    require(facts >= MIN_FACTS && facts <= MAX_FACTS, "VOLUME", facts + " facts", violations);
  }

  private static void calibration(DatasetIndex index, List<String> violations) {
    for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
      long[] range = pnbsfRange(year);
      long total = index.total(DemoCodes.PNBSF, DemoCodes.HOUSEHOLDS, year, null);
      require(
          total >= range[0] && total <= range[1], "PNBSF_TOTAL", year + ": " + total, violations);
      for (DemoDepartment d : index.activeDepartments(year)) {
        require(
            index.has(DemoCodes.PNBSF, d.pcode(), year),
            "PNBSF_EVERYWHERE",
            d.pcode() + " " + year,
            violations);
      }
      long crisis = index.countContext(DemoCodes.CH_PHASE, year, v -> v >= 3);
      require(crisis >= 2 && crisis <= 6, "CH_PHASE3", year + ": " + crisis, violations);
    }
    double people2013 = index.contextTotal(DemoCodes.POPULATION, 2013);
    double people2023 = index.contextTotal(DemoCodes.POPULATION, 2023);
    require(people2013 >= 13.3e6 && people2013 <= 13.7e6, "POPULATION", "2013", violations);
    require(people2023 >= 17.9e6 && people2023 <= 18.3e6, "POPULATION", "2023", violations);
    for (Map.Entry<String, Integer> round : DemoCodes.POVERTY_ROUNDS.entrySet()) {
      double mean = index.weightedPoverty(round.getKey(), round.getValue());
      require(mean >= 37 && mean <= 38, "POVERTY_MEAN", round.getKey() + ": " + mean, violations);
    }
  }

  private static void exceptionalTransfer(
      DemoDataset dataset, DatasetIndex index, List<String> violations) {
    Map<String, Integer> perDepartment = new HashMap<>();
    for (DemoCoverage f : index.facts(DemoCodes.CASH_2022)) {
      perDepartment.merge(f.pcode(), 1, Integer::sum);
      double registry = index.context(DemoCodes.RNU_HOUSEHOLDS, f.pcode(), "2022");
      boolean exact =
          f.reached() == Math.round(registry)
              && f.budgetXof() != null
              && f.budgetXof() == f.reached() * CashTransfers.EXCEPTIONAL_AMOUNT;
      require(exact, "TRANSFER_2022", f.toString(), violations);
    }
    for (DemoDepartment d : index.activeDepartments(2022)) {
      require(
          perDepartment.getOrDefault(d.pcode(), 0) == 1, "TRANSFER_2022", d.pcode(), violations);
    }
  }

  static void require(boolean rule, String code, String detail, List<String> violations) {
    if (!rule) {
      violations.add(code + ": " + detail);
    }
  }
}
