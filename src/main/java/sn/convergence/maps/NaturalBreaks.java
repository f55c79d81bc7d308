package sn.convergence.maps;

/**
 * Jenks natural breaks by exact dynamic programming (Fisher 1958): among all ways to cut sorted
 * values into k contiguous groups, the one with the smallest total of squared deviations from the
 * group means. O(k n²), fine for the few hundred units of a map. Ties keep the earliest cut.
 */
final class NaturalBreaks {

  private NaturalBreaks() {}

  /** Bounds {@code [min, max of group 1, ..., max of group k]} of sorted values. */
  static double[] of(double[] sorted, int k) {
    int n = sorted.length;
    int groups = Math.min(k, distinct(sorted));
    double[] sum = new double[n + 1];
    double[] squares = new double[n + 1];
    for (int i = 0; i < n; i++) {
      sum[i + 1] = sum[i] + sorted[i];
      squares[i + 1] = squares[i] + sorted[i] * sorted[i];
    }
    double[][] cost = new double[groups + 1][n + 1];
    int[][] start = new int[groups + 1][n + 1];
    for (int j = 1; j <= n; j++) {
      cost[1][j] = deviation(sum, squares, 0, j);
    }
    for (int g = 2; g <= groups; g++) {
      for (int j = g; j <= n; j++) {
        cost[g][j] = Double.POSITIVE_INFINITY;
        for (int i = g - 1; i < j; i++) {
          double c = cost[g - 1][i] + deviation(sum, squares, i, j);
          if (c < cost[g][j] - 1e-9 * Math.max(1, Math.abs(c))) {
            cost[g][j] = c;
            start[g][j] = i;
          }
        }
      }
    }
    double[] bounds = new double[groups + 1];
    bounds[0] = sorted[0];
    int end = n;
    for (int g = groups; g >= 1; g--) {
      bounds[g] = sorted[end - 1];
      end = g == 1 ? 0 : start[g][end];
    }
    return bounds;
  }

  /** Sum of squared deviations of sorted[from..to). */
  private static double deviation(double[] sum, double[] squares, int from, int to) {
    double s = sum[to] - sum[from];
    double w = to - from;
    return Math.max(0, squares[to] - squares[from] - s * s / w);
  }

  private static int distinct(double[] sorted) {
    int count = 1;
    for (int i = 1; i < sorted.length; i++) {
      if (sorted[i] != sorted[i - 1]) {
        count++;
      }
    }
    return count;
  }
}
