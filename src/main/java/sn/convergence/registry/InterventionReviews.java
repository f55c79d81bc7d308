package sn.convergence.registry;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import sn.convergence.registry.internal.InterventionFilter;
import sn.convergence.registry.internal.InterventionStore;
import sn.convergence.system.ConflictException;
import sn.convergence.system.FieldViolation;
import sn.convergence.system.NotFoundException;
import sn.convergence.system.ValidationFailedException;
import sn.convergence.system.audit.AuditAction;
import sn.convergence.system.audit.AuditTrail;

/**
 * The review workflow: DRAFT or RETURNED -> SUBMITTED (by a partner of a participating organisation
 * or a coordinator) -> VALIDATED, or RETURNED with a comment (by a coordinator or administrator). A
 * step from any other state raises {@link ConflictException}. Every step is audited as
 * STATUS_CHANGE with the review state before and after.
 */
@Service
public class InterventionReviews {

  static final int MAX_COMMENT = 2000;

  private final InterventionStore store;
  private final InterventionPermissions permissions;
  private final AuditTrail audit;
  private final Clock clock = Clock.systemUTC();

  InterventionReviews(
      InterventionStore store, InterventionPermissions permissions, AuditTrail audit) {
    this.store = store;
    this.permissions = permissions;
    this.audit = audit;
  }

  @Transactional
  @PreAuthorize(Interventions.WRITERS)
  public Intervention submit(InterventionId id) {
    Intervention existing = require(id);
    permissions.checkEdit(existing);
    requireStatus(existing, ReviewStatus.DRAFT, ReviewStatus.RETURNED);
    return change(existing, r -> r.submitted(AuditTrail.currentUser(), Instant.now(clock)));
  }

  @Transactional
  @PreAuthorize(Interventions.WRITERS)
  public Intervention validate(InterventionId id) {
    Intervention existing = require(id);
    permissions.checkReview(existing);
    requireStatus(existing, ReviewStatus.SUBMITTED);
    return change(existing, r -> r.validated(AuditTrail.currentUser(), Instant.now(clock)));
  }

  /** Returns a submitted intervention to its partner; the comment (1-2000 characters) is shown. */
  @Transactional
  @PreAuthorize(Interventions.WRITERS)
  public Intervention returnToPartner(InterventionId id, String comment) {
    Intervention existing = require(id);
    permissions.checkReview(existing);
    if (comment == null || comment.isBlank() || comment.strip().length() > MAX_COMMENT) {
      throw new ValidationFailedException(
          List.of(
              new FieldViolation(
                  "comment", "required", "A return needs a comment of 1-2000 characters")));
    }
    requireStatus(existing, ReviewStatus.SUBMITTED);
    return change(existing, r -> r.returned(comment.strip()));
  }

  /** The interventions waiting for a coordinator, ordered by code (at most 500). */
  @Transactional(readOnly = true)
  @PreAuthorize(ReportingYears.COORDINATORS)
  public List<InterventionSummary> queue() {
    InterventionFilter filter =
        new InterventionFilter().reviewStatusIn(List.of(ReviewStatus.SUBMITTED.name()));
    return store.list(filter, 0, 500);
  }

  private Intervention change(Intervention existing, UnaryOperator<Review> step) {
    Review before = existing.review();
    Review after = step.apply(before);
    store.saveReview(existing.id(), after);
    audit.record(
        AuditAction.STATUS_CHANGE,
        InterventionPermissions.ENTITY,
        existing.id().value(),
        before,
        after);
    return store.find(existing.id()).orElseThrow();
  }

  private static void requireStatus(Intervention existing, ReviewStatus... allowed) {
    ReviewStatus status = existing.review().status();
    if (!List.of(allowed).contains(status)) {
      throw new ConflictException(
          "Intervention "
              + existing.code()
              + " is "
              + status
              + "; expected one of "
              + List.of(allowed));
    }
  }

  private Intervention require(InterventionId id) {
    return store.find(id).orElseThrow(() -> new NotFoundException("Intervention", id));
  }
}
