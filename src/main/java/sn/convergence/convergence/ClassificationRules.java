package sn.convergence.convergence;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The classification rules, one named function each, and their precedence. Quantile thresholds are
 * resolved over the scored units only: units with missing data never move a threshold. Comparisons
 * with a cut-off tolerate {@value #TOLERANCE} of rounding, so a unit exactly at a cut-off does not
 * flip when re-weighting changes the last bits of its need.
 */
final class ClassificationRules {

  static final double TOLERANCE = 1e-9;

  private ClassificationRules() {}

  static boolean hasHighNeed(double need, ResolvedThresholds t) {
    return need >= t.highNeed() - TOLERANCE;
  }

  static boolean hasLowCoverage(double coverage, ResolvedThresholds t) {
    return coverage <= t.lowCoverage() + TOLERANCE;
  }

  /** Convergence zone: high need and several complementary package components present. */
  static boolean isConvergenceZone(double need, int componentsPresent, ResolvedThresholds t) {
    return hasHighNeed(need, t) && componentsPresent >= t.minComponents();
  }

  /** Gap zone (zone de lacune): high need and low package coverage. */
  static boolean isGapZone(double need, double coverage, ResolvedThresholds t) {
    return hasHighNeed(need, t) && hasLowCoverage(coverage, t);
  }

  /** Duplication zone: at least the configured number of duplications, whatever the need. */
  static boolean isDuplicationZone(int duplications, ResolvedThresholds t) {
    return duplications >= t.minDuplications();
  }

  /** Gap = need x (1 - package coverage): high need met by little coverage. */
  static double gap(double need, double coverage) {
    return need * (1 - coverage);
  }

  /** Every class whose rule holds, in precedence order; always ends with LOW_PRIORITY. */
  static List<UnitClass> matchedClasses(
      UnitSignals signals, ResolvedThresholds t, List<UnitClass> precedence) {
    List<UnitClass> matched = new ArrayList<>(4);
    for (UnitClass candidate : precedence) {
      if (holds(candidate, signals, t)) {
        matched.add(candidate);
      }
    }
    return matched;
  }

  /** The class = the first class in precedence order whose rule holds. */
  static UnitClass classify(UnitSignals signals, ResolvedThresholds t, List<UnitClass> precedence) {
    for (UnitClass candidate : precedence) {
      if (holds(candidate, signals, t)) {
        return candidate;
      }
    }
    return UnitClass.LOW_PRIORITY;
  }

  private static boolean holds(UnitClass candidate, UnitSignals s, ResolvedThresholds t) {
    return switch (candidate) {
      case CONVERGENCE -> isConvergenceZone(s.need(), s.componentsPresent(), t);
      case GAP -> isGapZone(s.need(), s.coverage(), t);
      case DUPLICATION -> isDuplicationZone(s.duplications(), t);
      case LOW_PRIORITY -> true;
    };
  }

  /** What the rules read about one unit. */
  record UnitSignals(double need, double coverage, int componentsPresent, int duplications) {}

  static ResolvedThresholds resolve(
      ClassThresholds thresholds, double[] scoredNeeds, double[] scoredCoverages) {
    double[] needs = scoredNeeds.clone();
    double[] coverages = scoredCoverages.clone();
    Arrays.sort(needs);
    Arrays.sort(coverages);
    return new ResolvedThresholds(
        thresholds.highNeed().resolve(needs),
        thresholds.lowCoverage().resolve(coverages),
        thresholds.minComponents(),
        thresholds.minDuplications());
  }
}
