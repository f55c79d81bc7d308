package sn.convergence.registry;

/** Whether the benefit depends on co-responsibilities (PNBSF is soft-conditional). */
public enum Conditionality {
  CONDITIONAL,
  UNCONDITIONAL,
  SOFT_CONDITIONAL,
  NOT_APPLICABLE;

  /** The constant named by the text (case-insensitive), or null when none is. */
  public static Conditionality parse(String text) {
    return Codes.parse(Conditionality.class, text);
  }
}
