package sn.convergence.convergence;

import java.util.Objects;

/**
 * A context indicator entering the need index with its weight (any non-negative number: weights are
 * renormalised to sum to 1). {@code higherMeansMoreNeed} is false for indicators such as health
 * coverage, where a low value signals need.
 */
public record NeedIndicator(String code, double weight, boolean higherMeansMoreNeed) {

  public NeedIndicator {
    Objects.requireNonNull(code, "code");
    if (!(weight >= 0) || Double.isInfinite(weight)) {
      throw new IllegalArgumentException("Weight of " + code + " must be a finite number >= 0");
    }
  }

  public static NeedIndicator of(String code, double weight) {
    return new NeedIndicator(code, weight, true);
  }

  NeedIndicator withWeight(double newWeight) {
    return new NeedIndicator(code, newWeight, higherMeansMoreNeed);
  }
}
