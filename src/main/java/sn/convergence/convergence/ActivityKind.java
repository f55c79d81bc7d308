package sn.convergence.convergence;

/** Kinds of priority activity proposed for a zone. */
public enum ActivityKind {
  SYNERGY("Synergie", "Synergy"),
  EXPANSION("Extension", "Expansion"),
  COORDINATION("Coordination", "Coordination");

  private final String labelFr;
  private final String labelEn;

  ActivityKind(String labelFr, String labelEn) {
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
