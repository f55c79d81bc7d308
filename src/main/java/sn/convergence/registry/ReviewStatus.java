package sn.convergence.registry;

/**
 * Where an intervention is in the review workflow. A partner's creation or edit is a {@code DRAFT};
 * the partner (or a coordinator) submits it; a coordinator or administrator validates it or returns
 * it with a comment. Only {@code VALIDATED} interventions count in public figures.
 */
public enum ReviewStatus {
  DRAFT,
  SUBMITTED,
  VALIDATED,
  RETURNED;

  /** The constant named by the text (case-insensitive), or null when none is. */
  public static ReviewStatus parse(String text) {
    return Codes.parse(ReviewStatus.class, text);
  }
}
