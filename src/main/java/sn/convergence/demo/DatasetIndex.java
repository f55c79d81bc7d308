package sn.convergence.demo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoublePredicate;

/** Lookups over a dataset for the self-check. */
final class DatasetIndex {

  private final DemoDataset dataset;
  private final Map<String, DemoDepartment> departments = new HashMap<>();
  private final Map<String, List<DemoCoverage>> facts = new HashMap<>();
  private final Map<String, Double> context = new HashMap<>();

  DatasetIndex(DemoDataset dataset) {
    this.dataset = dataset;
    dataset.departments().forEach(d -> departments.put(d.pcode(), d));
    for (DemoCoverage f : dataset.coverage()) {
      facts.computeIfAbsent(f.interventionCode(), k -> new ArrayList<>()).add(f);
    }
    for (DemoContextValue v : dataset.context()) {
      context.put(key(v.indicatorCode(), v.pcode(), v.periodLabel()), v.value());
    }
  }

  DemoDepartment department(String pcode) {
    return departments.get(pcode);
  }

  List<DemoDepartment> activeDepartments(int year) {
    return dataset.departments().stream().filter(d -> d.activeIn(year)).toList();
  }

  List<DemoCoverage> facts(String intervention) {
    return facts.getOrDefault(intervention, List.of());
  }

  boolean has(String intervention, String pcode, int year) {
    return facts(intervention).stream().anyMatch(f -> f.pcode().equals(pcode) && f.covers(year));
  }

  /** Sum of reached over facts of that unit covering the year, in one department or all. */
  long total(String intervention, String unit, int year, String pcode) {
    return facts(intervention).stream()
        .filter(f -> f.beneficiaryUnit().equals(unit) && f.covers(year))
        .filter(f -> pcode == null || f.pcode().equals(pcode))
        .mapToLong(DemoCoverage::reached)
        .sum();
  }

  /** A context value, NaN when absent. */
  double context(String indicator, String pcode, String label) {
    return context.getOrDefault(key(indicator, pcode, label), Double.NaN);
  }

  double contextTotal(String indicator, int year) {
    double total = 0;
    for (DemoDepartment d : activeDepartments(year)) {
      double value = context(indicator, d.pcode(), Integer.toString(year));
      total += Double.isNaN(value) ? 0 : value;
    }
    return total;
  }

  long countContext(String indicator, int year, DoublePredicate predicate) {
    return activeDepartments(year).stream()
        .filter(d -> predicate.test(context(indicator, d.pcode(), Integer.toString(year))))
        .count();
  }

  /** Population-weighted mean poverty rate of a survey round. */
  double weightedPoverty(String round, int year) {
    double poor = 0;
    double people = 0;
    for (DemoDepartment d : activeDepartments(year)) {
      double rate = context(DemoCodes.POVERTY_RATE, d.pcode(), round);
      double population = context(DemoCodes.POPULATION, d.pcode(), Integer.toString(year));
      if (!Double.isNaN(rate) && !Double.isNaN(population)) {
        poor += rate * population;
        people += population;
      }
    }
    return people == 0 ? Double.NaN : poor / people;
  }

  /** The latest poverty round published by that year (the first round before it). */
  double povertyIn(String pcode, int year) {
    return context(DemoCodes.POVERTY_RATE, pcode, year >= 2021 ? "2021/22" : "2018/19");
  }

  private static String key(String indicator, String pcode, String label) {
    return indicator + "|" + pcode + "|" + label;
  }
}
