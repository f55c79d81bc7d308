package sn.convergence.convergence;

/** The class of a scored unit, with its French and English labels. */
public enum UnitClass {
  /** High need and several complementary package components present: ready for synergy. */
  CONVERGENCE("Zone de convergence", "Convergence zone"),
  /** High need and low coverage: priority for expansion. */
  GAP("Zone de lacune", "Gap zone"),
  /** The same intervention type run by several actors for the same target group. */
  DUPLICATION("Zone de duplication", "Duplication zone"),
  /** None of the above. */
  LOW_PRIORITY("Faible priorité", "Low priority");

  private final String labelFr;
  private final String labelEn;

  UnitClass(String labelFr, String labelEn) {
    this.labelFr = labelFr;
    this.labelEn = labelEn;
  }

  public String labelFr() {
    return labelFr;
  }

  public String labelEn() {
    return labelEn;
  }
}
