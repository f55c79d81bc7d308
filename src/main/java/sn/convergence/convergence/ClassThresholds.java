package sn.convergence.convergence;

import java.util.Objects;

/**
 * Cut-offs of the classification rules. A unit has high need when its need index is at or above
 * {@code highNeed}; low coverage when its package coverage is at or below {@code lowCoverage}; is a
 * convergence candidate when at least {@code minComponents} package components are present; is a
 * duplication candidate when it has at least {@code minDuplications} duplications.
 */
public record ClassThresholds(
    Threshold highNeed, Threshold lowCoverage, int minComponents, int minDuplications) {

  public ClassThresholds {
    Objects.requireNonNull(highNeed, "highNeed");
    Objects.requireNonNull(lowCoverage, "lowCoverage");
    if (minComponents < 1 || minDuplications < 1) {
      throw new IllegalArgumentException("minComponents and minDuplications must be >= 1");
    }
  }

  /**
   * Top 40 % of need, bottom 40 % of coverage, three of the package components, one duplication.
   * Three components, not two: from 2021 the national family grants and productive inclusion reach
   * every department, so two components only restate the national base; three means a programme
   * with a narrower footprint (canteens, resilience or shock response) joins it.
   */
  public static ClassThresholds defaults() {
    return new ClassThresholds(Threshold.quantile(0.6), Threshold.quantile(0.4), 3, 1);
  }
}
