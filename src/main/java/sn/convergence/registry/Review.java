package sn.convergence.registry;

import java.time.Instant;

/**
 * The review state of an intervention. {@code comment} is the coordinator's reason for returning it
 * (kept until the next validation); the other fields are null until the step happened.
 */
public record Review(
    ReviewStatus status,
    String comment,
    String submittedBy,
    Instant submittedAt,
    String validatedBy,
    Instant validatedAt) {

  public Review {
    if (status == null) {
      throw new IllegalArgumentException("A review has a status");
    }
  }

  /** The state of a new draft. */
  public static Review draft() {
    return new Review(ReviewStatus.DRAFT, null, null, null, null, null);
  }

  /** A record created by a coordinator or imported: validated or submitted by that user at once. */
  static Review createdAs(ReviewStatus status, String user, Instant now) {
    return switch (status) {
      case VALIDATED -> new Review(status, null, user, now, user, now);
      case SUBMITTED -> new Review(status, null, user, now, null, null);
      default -> draft();
    };
  }

  Review backToDraft() {
    return new Review(ReviewStatus.DRAFT, comment, submittedBy, submittedAt, null, null);
  }

  Review submitted(String user, Instant now) {
    return new Review(ReviewStatus.SUBMITTED, comment, user, now, null, null);
  }

  Review validated(String user, Instant now) {
    return new Review(ReviewStatus.VALIDATED, null, submittedBy, submittedAt, user, now);
  }

  Review returned(String reason) {
    return new Review(ReviewStatus.RETURNED, reason, submittedBy, submittedAt, null, null);
  }
}
