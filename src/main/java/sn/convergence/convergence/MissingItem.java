package sn.convergence.convergence;

/**
 * An input the analysis needed and did not find: a need indicator, a context value needed as a
 * coverage denominator (code of the indicator, detail naming the denominator), or coverage facts
 * for the whole period.
 */
public record MissingItem(Kind kind, String code, String detail) {

  public enum Kind {
    NEED_INDICATOR,
    DENOMINATOR_INDICATOR,
    PERIOD_COVERAGE,
    SCORED_UNITS
  }
}
