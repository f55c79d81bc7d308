package sn.convergence.convergence;

import java.util.Objects;

/**
 * One context value of a unit as chosen by the caller for the analysed period: indicator code (as
 * in the context module: {@code POPULATION}, {@code POVERTY_RATE} in percent 0-100...), the value,
 * the year it refers to and its source. A non-finite value is treated as missing.
 */
public record ContextFact(String indicatorCode, double value, int year, String source) {

  public ContextFact {
    Objects.requireNonNull(indicatorCode, "indicatorCode");
    source = source == null ? "" : source;
  }

  boolean usable() {
    return Double.isFinite(value);
  }
}
