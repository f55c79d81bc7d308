package sn.convergence.maps;

import java.util.Arrays;

/**
 * Cuts values into at most {@code k} classes. The breaks are class bounds {@code b[0] < b[1] <= ...
 * < b[m]} with {@code b[0]} the minimum and {@code b[m]} the maximum; class 0 holds the values in
 * {@code [b[0], b[1]]}, class {@code i > 0} those in {@code (b[i], b[i+1]]}. Bounds that would
 * leave a class empty (ties) are dropped, so there may be fewer than {@code k} classes. Pure.
 */
public final class Classification {

  public static final int MAX_CLASSES = 9;

  private Classification() {}

  /** The class bounds of finite values; at least two bounds (one class) for any non-empty input. */
  public static double[] breaks(double[] values, int k, ClassMethod method) {
    if (values.length == 0) {
      throw new IllegalArgumentException("no values to classify");
    }
    if (k < 1 || k > MAX_CLASSES) {
      throw new IllegalArgumentException("classes must be between 1 and " + MAX_CLASSES);
    }
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    if (!Double.isFinite(sorted[0]) || !Double.isFinite(sorted[sorted.length - 1])) {
      throw new IllegalArgumentException("values must be finite numbers");
    }
    double[] raw =
        switch (method) {
          case EQUAL_INTERVALS -> equalIntervals(sorted, k);
          case QUANTILES -> quantiles(sorted, k);
          case NATURAL_BREAKS -> NaturalBreaks.of(sorted, k);
        };
    return withoutEmptyClasses(raw);
  }

  /** The class of a value for the given bounds: 0 up to {@code breaks.length - 2}. */
  public static int classOf(double[] breaks, double value) {
    for (int i = 1; i < breaks.length - 1; i++) {
      if (value <= breaks[i]) {
        return i - 1;
      }
    }
    return breaks.length - 2;
  }

  private static double[] equalIntervals(double[] sorted, int k) {
    double min = sorted[0];
    double max = sorted[sorted.length - 1];
    double[] b = new double[k + 1];
    for (int i = 0; i <= k; i++) {
      b[i] = i == k ? max : min + i * (max - min) / k;
    }
    return b;
  }

  /** Upper bound of class i is the value at rank ceil(i * n / k) (nearest rank). */
  private static double[] quantiles(double[] sorted, int k) {
    int n = sorted.length;
    double[] b = new double[k + 1];
    b[0] = sorted[0];
    for (int i = 1; i <= k; i++) {
      int rank = (int) Math.ceil((double) i * n / k);
      b[i] = sorted[Math.max(rank, 1) - 1];
    }
    return b;
  }

  private static double[] withoutEmptyClasses(double[] raw) {
    double[] kept = new double[raw.length];
    int m = 0;
    kept[m++] = raw[0];
    for (int i = 1; i < raw.length; i++) {
      if (i == 1 || raw[i] > kept[m - 1]) {
        kept[m++] = raw[i];
      }
    }
    return Arrays.copyOf(kept, m);
  }
}
