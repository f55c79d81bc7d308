package sn.convergence.convergence;

/**
 * A cut-off either as an absolute value or as a quantile (0-1, linear interpolation between order
 * statistics, as R's type 7) of the values of the scored units.
 */
public record Threshold(Mode mode, double value) {

  public enum Mode {
    ABSOLUTE,
    QUANTILE
  }

  public Threshold {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("Threshold must be finite");
    }
    if (mode == Mode.QUANTILE && (value < 0 || value > 1)) {
      throw new IllegalArgumentException("A quantile lies between 0 and 1");
    }
  }

  public static Threshold quantile(double q) {
    return new Threshold(Mode.QUANTILE, q);
  }

  public static Threshold absolute(double value) {
    return new Threshold(Mode.ABSOLUTE, value);
  }

  /** The cut-off value over the given values (sorted ascending, may be empty). */
  double resolve(double[] sortedValues) {
    if (mode == Mode.ABSOLUTE) {
      return value;
    }
    return Quantiles.type7(sortedValues, value);
  }
}
