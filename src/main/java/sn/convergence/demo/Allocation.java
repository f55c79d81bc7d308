package sn.convergence.demo;

/** Proportional allocation of a total over weights, within per-item bounds. */
final class Allocation {

  private Allocation() {}

  /**
   * Splits {@code total} in proportion to {@code weights}, keeping every share within [{@code
   * min[i]}, {@code max[i]}] and handing what a bounded item cannot take to the others (items over
   * their maximum are capped first, then items under their minimum are raised, until none is out).
   * Shares are rounded, so the sum may differ from the total by less than the number of items; when
   * the bounds make the total unreachable, the shares sit on the bounds.
   */
  static long[] allocate(double total, double[] weights, double[] min, double[] max) {
    int n = weights.length;
    double[] share = new double[n];
    boolean[] fixed = new boolean[n];
    for (int round = 0; round <= n; round++) {
      double rest = total;
      double free = 0;
      for (int i = 0; i < n; i++) {
        if (fixed[i]) {
          rest -= share[i];
        } else {
          free += weights[i];
        }
      }
      boolean over = false;
      boolean under = false;
      for (int i = 0; i < n; i++) {
        if (!fixed[i]) {
          share[i] = free > 0 ? rest * weights[i] / free : min[i];
          over |= share[i] > max[i];
          under |= share[i] < min[i];
        }
      }
      if (!over && !under) {
        break;
      }
      for (int i = 0; i < n; i++) {
        if (!fixed[i] && (over ? share[i] > max[i] : share[i] < min[i])) {
          share[i] = over ? max[i] : min[i];
          fixed[i] = true;
        }
      }
    }
    long[] rounded = new long[n];
    for (int i = 0; i < n; i++) {
      rounded[i] = Math.round(share[i]);
    }
    return rounded;
  }

  /** Same bounds for every item. */
  static long[] allocate(double total, double[] weights, double min, double max) {
    double[] lows = new double[weights.length];
    double[] highs = new double[weights.length];
    java.util.Arrays.fill(lows, min);
    java.util.Arrays.fill(highs, max);
    return allocate(total, weights, lows, highs);
  }
}
