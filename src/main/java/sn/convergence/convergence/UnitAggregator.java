package sn.convergence.convergence;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One pass over a unit's coverage facts: coverage lines per family and beneficiary unit, presence
 * and coverage of each package component, duplications, and the denominators that are missing.
 */
final class UnitAggregator {

  private UnitAggregator() {}

  static UnitAggregate aggregate(UnitInput unit, ConvergenceParameters parameters) {
    List<PackageComponent> components = parameters.integratedPackage();
    TreeMap<String, TreeMap<String, Long>> familySums = new TreeMap<>();
    List<TreeMap<String, Long>> componentSums = new ArrayList<>();
    List<SortedSet<String>> componentInterventions = new ArrayList<>();
    boolean[] present = new boolean[components.size()];
    for (int c = 0; c < components.size(); c++) {
      componentSums.add(new TreeMap<>());
      componentInterventions.add(new TreeSet<>());
    }
    TreeMap<String, TreeMap<String, Group>> groups = new TreeMap<>();
    SortedSet<String> warnings = new TreeSet<>();
    for (CoverageFact fact : unit.coverage()) {
      Long figure = fact.figure(parameters.coverageFigure());
      familySums.computeIfAbsent(fact.familyCode(), k -> new TreeMap<>());
      if (figure == null) {
        warnings.add("No beneficiary figure for " + fact.interventionCode());
      } else {
        familySums.get(fact.familyCode()).merge(fact.beneficiaryUnit(), figure, Long::sum);
        if (!Denominators.comparable(fact.beneficiaryUnit())) {
          warnings.add(fact.beneficiaryUnit() + " has no denominator: " + fact.interventionCode());
        }
      }
      for (int c = 0; c < components.size(); c++) {
        if (components.get(c).selector().matches(fact)) {
          componentInterventions.get(c).add(fact.interventionCode());
          present[c] |= countsAsPresence(figure);
          if (figure != null) {
            componentSums.get(c).merge(fact.beneficiaryUnit(), figure, Long::sum);
          }
        }
      }
      addToDuplicationGroups(groups, fact, parameters.duplicationRule());
    }
    List<MissingItem> missing = missingDenominators(unit, familySums);
    List<CoverageLine> lines = coverageLines(unit, familySums);
    List<ComponentPresence> presences = new ArrayList<>();
    double coverageSum = 0;
    int presentCount = 0;
    for (int c = 0; c < components.size(); c++) {
      PackageComponent component = components.get(c);
      double coverage = componentCoverage(unit, componentSums.get(c));
      coverageSum += coverage;
      presentCount += present[c] ? 1 : 0;
      presences.add(
          new ComponentPresence(
              component.code(),
              component.labelFr(),
              component.labelEn(),
              present[c],
              coverage,
              List.copyOf(componentInterventions.get(c))));
    }
    return new UnitAggregate(
        missing,
        List.copyOf(warnings),
        lines,
        presences,
        packageCoverage(coverageSum, components.size()),
        complementarity(presentCount, components.size()),
        presentCount,
        familySums.size(),
        duplications(groups, parameters.duplicationRule()));
  }

  /** A fact shows presence unless it reports zero beneficiaries. */
  static boolean countsAsPresence(Long figure) {
    return figure == null || figure != 0;
  }

  /** Package coverage = mean over components of their coverage (each capped at 1). */
  static double packageCoverage(double sumOfComponentCoverages, int componentCount) {
    return sumOfComponentCoverages / componentCount;
  }

  /** Complementarity = share of package components present. */
  static double complementarity(int componentsPresent, int componentCount) {
    return (double) componentsPresent / componentCount;
  }

  /** Component coverage = best ratio over its beneficiary units, capped at 1; 0 when absent. */
  private static double componentCoverage(UnitInput unit, Map<String, Long> sumsByUnit) {
    double best = 0;
    for (Map.Entry<String, Long> sum : sumsByUnit.entrySet()) {
      Optional<Denominator> denominator = Denominators.of(sum.getKey(), unit);
      if (denominator.isPresent()) {
        best = Math.max(best, Math.min(1.0, sum.getValue() / denominator.get().value()));
      }
    }
    return best;
  }

  private static List<MissingItem> missingDenominators(
      UnitInput unit, TreeMap<String, TreeMap<String, Long>> familySums) {
    TreeMap<String, MissingItem> missing = new TreeMap<>();
    familySums.values().stream()
        .flatMap(sums -> sums.keySet().stream())
        .distinct()
        .flatMap(beneficiaryUnit -> Denominators.missingFor(beneficiaryUnit, unit).stream())
        .forEach(item -> missing.putIfAbsent(item.code() + "|" + item.detail(), item));
    return List.copyOf(missing.values());
  }

  private static List<CoverageLine> coverageLines(
      UnitInput unit, TreeMap<String, TreeMap<String, Long>> familySums) {
    List<CoverageLine> lines = new ArrayList<>();
    familySums.forEach(
        (family, sums) ->
            sums.forEach(
                (beneficiaryUnit, total) -> {
                  Optional<Denominator> denominator = Denominators.of(beneficiaryUnit, unit);
                  lines.add(
                      new CoverageLine(
                          family,
                          beneficiaryUnit,
                          total,
                          denominator,
                          denominator.map(d -> total / d.value())));
                }));
    return lines;
  }

  private static void addToDuplicationGroups(
      TreeMap<String, TreeMap<String, Group>> groups, CoverageFact fact, DuplicationRule rule) {
    TreeMap<String, Group> byTarget =
        groups.computeIfAbsent(rule.keyOf(fact), k -> new TreeMap<>());
    List<String> targets =
        fact.targetGroups().isEmpty()
            ? List.of(DuplicationRule.UNSPECIFIED_GROUP)
            : fact.targetGroups();
    for (String target : targets) {
      Group group = byTarget.computeIfAbsent(target, k -> new Group());
      group.interventions.add(fact.interventionCode());
      group.organisations.addAll(fact.organisations());
    }
  }

  private static List<Duplication> duplications(
      TreeMap<String, TreeMap<String, Group>> groups, DuplicationRule rule) {
    List<Duplication> found = new ArrayList<>();
    groups.forEach(
        (key, byTarget) ->
            byTarget.forEach(
                (target, group) -> {
                  if (isDuplication(group, rule)) {
                    found.add(
                        new Duplication(
                            key,
                            target,
                            List.copyOf(group.interventions),
                            List.copyOf(group.organisations)));
                  }
                }));
    return found;
  }

  /** Duplication = enough distinct interventions run by enough distinct organisations. */
  static boolean isDuplication(Group group, DuplicationRule rule) {
    return group.interventions.size() >= rule.minInterventions()
        && group.organisations.size() >= rule.minOrganisations();
  }

  static final class Group {
    final SortedSet<String> interventions = new TreeSet<>();
    final SortedSet<String> organisations = new TreeSet<>();
  }
}
