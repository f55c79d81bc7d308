package sn.convergence.demo.raw;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import sn.convergence.demo.DemoCodes;
import sn.convergence.demo.DemoContextValue;
import sn.convergence.demo.DemoCoverage;
import sn.convergence.demo.DemoDataset;

/**
 * What the partner-file builders read from the truth layer (facts, household sizes, names), and
 * what they record along the way: the operation each activity label designates.
 */
final class Sources {

  /** The shared operation of the joint lean-season response (story 5), reported twice. */
  static final String JOINT_OPERATION = "SOUDURE-CONJOINTE-2022";

  final DemoDataset dataset;
  final Gazetteer names;
  final Map<String, String> operations = new LinkedHashMap<>();
  private final Map<String, Double> householdSizes = new HashMap<>();
  private final Map<String, Double> context = new HashMap<>();

  Sources(DemoDataset dataset) {
    this.dataset = dataset;
    this.names = new Gazetteer(dataset.departments());
    for (DemoContextValue value : dataset.context()) {
      context.put(value.indicatorCode() + "|" + value.pcode() + "|" + value.year(), value.value());
      if (DemoCodes.HOUSEHOLD_SIZE.equals(value.indicatorCode())) {
        householdSizes.put(value.pcode() + "|" + value.year(), value.value());
      }
    }
  }

  Draws draws(String stream) {
    return Draws.of(dataset.seed(), "raw-" + stream);
  }

  /** Facts of one intervention and unit, in the truth layer's order. */
  List<DemoCoverage> facts(String intervention, String unit) {
    return facts(
        f -> f.interventionCode().equals(intervention) && f.beneficiaryUnit().equals(unit));
  }

  List<DemoCoverage> facts(Predicate<DemoCoverage> keep) {
    List<DemoCoverage> facts = new ArrayList<>();
    for (DemoCoverage fact : dataset.coverage()) {
      if (keep.test(fact)) {
        facts.add(fact);
      }
    }
    return facts;
  }

  double householdSize(String pcode, int year) {
    Double size = householdSizes.get(pcode + "|" + Math.min(year, DemoCodes.LAST_YEAR));
    return size == null ? 8.5 : size;
  }

  /** A context indicator of a department in a year, or NaN. */
  double context(String indicator, String pcode, int year) {
    return context.getOrDefault(indicator + "|" + pcode + "|" + year, Double.NaN);
  }

  /** Records that an activity label designates an operation, and returns the label. */
  String label(String label, String operation) {
    String known = operations.putIfAbsent(label, operation);
    if (known != null && !known.equals(operation)) {
      throw new IllegalStateException("Label " + label + " names two operations");
    }
    return label;
  }

  static String factKey(DemoCoverage fact) {
    return fact.interventionCode()
        + "|"
        + fact.pcode()
        + "|"
        + fact.periodLabel()
        + "|"
        + fact.beneficiaryUnit();
  }

  /** The key two files share when they report the same fact, whatever the unit. */
  static String dupKey(DemoCoverage fact) {
    return fact.operationKey() != null
        ? fact.operationKey()
        : fact.interventionCode() + "|" + fact.pcode() + "|" + fact.periodLabel();
  }

  /** The truth of a row carrying exactly one fact. */
  static Truth exact(String operation, DemoCoverage fact, long reached, Long budget) {
    return new Truth(
        operation,
        List.of(fact.pcode()),
        fact.periodStart().getYear(),
        fact.beneficiaryUnit(),
        reached,
        budget,
        List.of(factKey(fact)),
        List.of(dupKey(fact)),
        false);
  }

  /** The truth of a row summing several facts (a multi-unit cell, a region). */
  static Truth aggregate(String operation, List<String> pcodes, List<DemoCoverage> facts) {
    long reached = facts.stream().mapToLong(DemoCoverage::reached).sum();
    Long budget =
        facts.stream().allMatch(f -> f.budgetXof() != null)
            ? facts.stream().mapToLong(DemoCoverage::budgetXof).sum()
            : null;
    DemoCoverage first = facts.get(0);
    return new Truth(
        operation,
        pcodes,
        first.periodStart().getYear(),
        first.beneficiaryUnit(),
        reached,
        budget,
        facts.stream().map(Sources::factKey).toList(),
        facts.stream().map(Sources::dupKey).toList(),
        false);
  }

  /** The truth of a row holding a share of a fact (a commune, a village). */
  static Truth part(String operation, DemoCoverage fact, long reached, Long budget) {
    return new Truth(
        operation,
        List.of(fact.pcode()),
        fact.periodStart().getYear(),
        fact.beneficiaryUnit(),
        reached,
        budget,
        List.of(factKey(fact)),
        List.of(dupKey(fact)),
        true);
  }
}
