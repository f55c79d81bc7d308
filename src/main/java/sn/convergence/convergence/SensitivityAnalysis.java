package sn.convergence.convergence;

import java.util.ArrayList;
import java.util.List;

/**
 * Monte Carlo robustness of the classes to the need weights. Aggregates and normalised need values
 * are computed once; each draw only re-weights them, re-resolves the thresholds (quantiles move
 * with the need distribution) and re-applies the same classification rules. Units with missing data
 * are left out (they have no class to keep).
 */
public final class SensitivityAnalysis {

  private SensitivityAnalysis() {}

  public static SensitivityReport run(
      ConvergenceInputs inputs, ConvergenceParameters parameters, SensitivitySettings settings) {
    PreparedAnalysis prepared = PreparedAnalysis.of(inputs, parameters);
    List<UnitClass> precedence = parameters.precedence();
    double[] baseWeights = prepared.matrix().weights();
    UnitClass[] base = classes(prepared, baseWeights, precedence);
    int classCount = UnitClass.values().length;
    int[][] counts = new int[prepared.size()][classCount];
    WeightDraws draws = new WeightDraws(settings, baseWeights);
    for (int d = 0; d < settings.draws(); d++) {
      UnitClass[] drawn = classes(prepared, draws.next(), precedence);
      for (int u = 0; u < drawn.length; u++) {
        if (drawn[u] != null) {
          counts[u][drawn[u].ordinal()]++;
        }
      }
    }
    List<UnitStability> units = new ArrayList<>();
    double keptSum = 0;
    for (int u = 0; u < prepared.size(); u++) {
      if (base[u] == null) {
        continue;
      }
      List<UnitStability.ClassShare> shares = new ArrayList<>(classCount);
      for (UnitClass unitClass : UnitClass.values()) {
        shares.add(
            new UnitStability.ClassShare(
                unitClass, (double) counts[u][unitClass.ordinal()] / settings.draws()));
      }
      double kept = (double) counts[u][base[u].ordinal()] / settings.draws();
      keptSum += kept;
      units.add(new UnitStability(prepared.units().get(u).pcode(), base[u], kept, shares));
    }
    return new SensitivityReport(
        Fingerprint.of(inputs, parameters, settings.toString()),
        settings,
        units,
        units.isEmpty() ? Double.NaN : keptSum / units.size());
  }

  /** The class of every unit under the given weights; null where the unit cannot be scored. */
  static UnitClass[] classes(
      PreparedAnalysis prepared, double[] weights, List<UnitClass> precedence) {
    double[] needs = prepared.needs(weights);
    ResolvedThresholds thresholds = prepared.thresholds(needs);
    UnitClass[] classes = new UnitClass[needs.length];
    for (int u = 0; u < needs.length; u++) {
      if (prepared.scorable(u)) {
        classes[u] =
            ClassificationRules.classify(prepared.signals(u, needs[u]), thresholds, precedence);
      }
    }
    return classes;
  }
}
