package sn.convergence.convergence;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import sn.convergence.convergence.WeightSetAgreement.PairAgreement;
import sn.convergence.convergence.WeightSetAgreement.UnitAgreement;
import sn.convergence.geography.PCode;

/** Runs the analysis once per weight set and measures how far the classes agree. */
public final class WeightSetComparison {

  private WeightSetComparison() {}

  /**
   * At least two sets with distinct names; everything but the need weights comes from {@code
   * parameters}.
   */
  public static WeightSetAgreement compare(
      ConvergenceInputs inputs, ConvergenceParameters parameters, List<WeightSet> sets) {
    if (sets.size() < 2 || sets.stream().map(WeightSet::name).distinct().count() != sets.size()) {
      throw new IllegalArgumentException("Compare at least two weight sets with distinct names");
    }
    List<ConvergenceResult> results = new ArrayList<>();
    for (WeightSet set : sets) {
      results.add(
          ConvergenceAnalysis.compute(inputs, parameters.withNeedIndicators(set.needIndicators())));
    }
    List<PCode> pcodes = results.get(0).units().stream().map(UnitProfile::pcode).toList();
    List<UnitAgreement> units = new ArrayList<>();
    int comparable = 0;
    int unanimous = 0;
    for (int u = 0; u < pcodes.size(); u++) {
      int unit = u;
      List<Optional<UnitClass>> classes =
          results.stream().map(r -> r.units().get(unit).unitClass()).toList();
      units.add(unitAgreement(pcodes.get(u), classes, parameters.precedence()));
      if (classes.stream().allMatch(Optional::isPresent)) {
        comparable++;
        unanimous += classes.stream().distinct().count() == 1 ? 1 : 0;
      }
    }
    return new WeightSetAgreement(
        sets.stream().map(WeightSet::name).toList(),
        results.stream().map(ConvergenceResult::fingerprint).toList(),
        comparable == 0 ? Double.NaN : (double) unanimous / comparable,
        pairs(sets, results),
        units);
  }

  private static List<PairAgreement> pairs(List<WeightSet> sets, List<ConvergenceResult> results) {
    List<PairAgreement> pairs = new ArrayList<>();
    for (int a = 0; a < sets.size(); a++) {
      for (int b = a + 1; b < sets.size(); b++) {
        int compared = 0;
        int same = 0;
        for (int u = 0; u < results.get(a).units().size(); u++) {
          Optional<UnitClass> first = results.get(a).units().get(u).unitClass();
          Optional<UnitClass> second = results.get(b).units().get(u).unitClass();
          if (first.isPresent() && second.isPresent()) {
            compared++;
            same += first.equals(second) ? 1 : 0;
          }
        }
        pairs.add(
            new PairAgreement(
                sets.get(a).name(),
                sets.get(b).name(),
                compared,
                compared == 0 ? Double.NaN : (double) same / compared));
      }
    }
    return pairs;
  }

  private static UnitAgreement unitAgreement(
      PCode pcode, List<Optional<UnitClass>> classes, List<UnitClass> precedence) {
    UnitClass modal = null;
    long best = 0;
    for (UnitClass candidate : precedence) {
      long count = classes.stream().filter(c -> c.equals(Optional.of(candidate))).count();
      if (count > best) {
        best = count;
        modal = candidate;
      }
    }
    return new UnitAgreement(
        pcode, classes, Optional.ofNullable(modal), (double) best / classes.size());
  }
}
