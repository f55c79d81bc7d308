package sn.convergence.registry;

/**
 * The part an organisation plays in an intervention (IATI organisation roles, plus the government
 * lead).
 */
public enum ParticipantRole {
  FUNDER,
  IMPLEMENTER,
  GOVERNMENT_LEAD,
  PARTNER;

  /** The constant named by the text (case-insensitive), or null when none is. */
  public static ParticipantRole parse(String text) {
    return Codes.parse(ParticipantRole.class, text);
  }
}
