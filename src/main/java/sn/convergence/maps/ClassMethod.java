package sn.convergence.maps;

/** How values are cut into classes. */
public enum ClassMethod {
  /** About the same number of values in each class. */
  QUANTILES,
  /** Classes of the same width between the minimum and the maximum. */
  EQUAL_INTERVALS,
  /** Jenks natural breaks: classes that minimise the squared deviations within each class. */
  NATURAL_BREAKS;

  /** The method named by the text (case-insensitive), or the default (quantiles). */
  public static ClassMethod parse(String text) {
    if (text != null) {
      for (ClassMethod m : values()) {
        if (m.name().equalsIgnoreCase(text.strip())) {
          return m;
        }
      }
    }
    return QUANTILES;
  }
}
