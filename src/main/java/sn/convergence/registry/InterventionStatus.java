package sn.convergence.registry;

/** Where an intervention is in its life cycle. */
public enum InterventionStatus {
  PLANNED,
  ONGOING,
  COMPLETED,
  SUSPENDED;

  /** The constant named by the text (case-insensitive), or null when none is. */
  public static InterventionStatus parse(String text) {
    return Codes.parse(InterventionStatus.class, text);
  }
}
