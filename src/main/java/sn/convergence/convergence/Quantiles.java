package sn.convergence.convergence;

final class Quantiles {

  private Quantiles() {}

  /** Type-7 quantile of ascending values; NaN for no values. */
  static double type7(double[] sorted, double q) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    double h = (sorted.length - 1) * q;
    int low = (int) Math.floor(h);
    int high = Math.min(low + 1, sorted.length - 1);
    return sorted[low] + (h - low) * (sorted[high] - sorted[low]);
  }
}
