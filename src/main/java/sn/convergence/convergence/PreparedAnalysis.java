package sn.convergence.convergence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import sn.convergence.convergence.ClassificationRules.UnitSignals;

/**
 * Everything that does not depend on the need weights, computed once: units in P-code order, their
 * aggregates, the need matrix, and which units can be scored. Re-weighting only recomputes needs
 * and thresholds.
 */
final class PreparedAnalysis {

  private final ConvergenceParameters parameters;
  private final List<UnitInput> units;
  private final List<UnitAggregate> aggregates;
  private final NeedMatrix matrix;
  private final List<List<MissingItem>> missing;
  private final boolean periodHasFacts;

  private PreparedAnalysis(ConvergenceInputs inputs, ConvergenceParameters parameters) {
    this.parameters = parameters;
    this.units = inputs.units().stream().sorted(Comparator.comparing(UnitInput::pcode)).toList();
    this.aggregates = units.stream().map(u -> UnitAggregator.aggregate(u, parameters)).toList();
    this.matrix = NeedMatrix.of(units, parameters.needIndicators());
    this.periodHasFacts = units.stream().anyMatch(u -> !u.coverage().isEmpty());
    this.missing = new ArrayList<>();
    for (int u = 0; u < units.size(); u++) {
      List<MissingItem> items = new ArrayList<>(matrix.missing(u));
      items.addAll(aggregates.get(u).missing());
      if (!periodHasFacts) {
        items.add(periodWithoutCoverage(parameters.periodLabel()));
      }
      missing.add(List.copyOf(items));
    }
  }

  static PreparedAnalysis of(ConvergenceInputs inputs, ConvergenceParameters parameters) {
    requireConsistent(inputs, parameters);
    return new PreparedAnalysis(inputs, parameters);
  }

  /**
   * A period where no unit has any coverage fact is missing data, not zero coverage: every unit is
   * then reported with insufficient data.
   */
  static MissingItem periodWithoutCoverage(String periodLabel) {
    return new MissingItem(
        MissingItem.Kind.PERIOD_COVERAGE, periodLabel, "no coverage fact in any unit");
  }

  private static void requireConsistent(ConvergenceInputs inputs, ConvergenceParameters p) {
    Set<Object> seen = new HashSet<>();
    for (UnitInput unit : inputs.units()) {
      if (unit.level() != p.level()) {
        throw new IllegalArgumentException(
            unit.pcode() + " is a " + unit.level() + ", the analysis is at " + p.level());
      }
      if (!seen.add(unit.pcode())) {
        throw new IllegalArgumentException("Unit listed twice: " + unit.pcode());
      }
    }
  }

  ConvergenceParameters parameters() {
    return parameters;
  }

  List<UnitInput> units() {
    return units;
  }

  int size() {
    return units.size();
  }

  UnitAggregate aggregate(int unit) {
    return aggregates.get(unit);
  }

  NeedMatrix matrix() {
    return matrix;
  }

  List<MissingItem> missing(int unit) {
    return missing.get(unit);
  }

  boolean scorable(int unit) {
    return missing.get(unit).isEmpty();
  }

  boolean periodHasFacts() {
    return periodHasFacts;
  }

  /** Need of every unit under the given weights; NaN for units that cannot be scored. */
  double[] needs(double[] weights) {
    double[] needs = new double[units.size()];
    for (int u = 0; u < needs.length; u++) {
      needs[u] = scorable(u) ? matrix.need(u, weights) : Double.NaN;
    }
    return needs;
  }

  ResolvedThresholds thresholds(double[] needs) {
    int scored = 0;
    for (int u = 0; u < needs.length; u++) {
      scored += scorable(u) ? 1 : 0;
    }
    double[] scoredNeeds = new double[scored];
    double[] scoredCoverages = new double[scored];
    int i = 0;
    for (int u = 0; u < needs.length; u++) {
      if (scorable(u)) {
        scoredNeeds[i] = needs[u];
        scoredCoverages[i++] = aggregates.get(u).coverage();
      }
    }
    return ClassificationRules.resolve(parameters.thresholds(), scoredNeeds, scoredCoverages);
  }

  UnitSignals signals(int unit, double need) {
    UnitAggregate aggregate = aggregates.get(unit);
    return new UnitSignals(
        need, aggregate.coverage(), aggregate.componentsPresent(), aggregate.duplications().size());
  }
}
