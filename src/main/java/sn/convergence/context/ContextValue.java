package sn.convergence.context;

import sn.convergence.geography.PCode;

/** One figure: an indicator for a unit and year, from one source. */
public record ContextValue(
    String indicator, PCode pcode, int year, double value, String source, boolean synthetic) {

  public ContextValue {
    if (indicator == null || indicator.isBlank()) {
      throw new IllegalArgumentException("indicator is required");
    }
    if (source == null || source.isBlank()) {
      throw new IllegalArgumentException("source is required");
    }
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("value must be a finite number");
    }
  }
}
