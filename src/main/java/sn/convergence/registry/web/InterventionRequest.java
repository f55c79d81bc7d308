package sn.convergence.registry.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import sn.convergence.registry.CoverageDraft;
import sn.convergence.registry.InterventionDraft;
import sn.convergence.registry.ParticipantDraft;
import sn.convergence.registry.ReviewStatus;
import sn.convergence.system.FieldViolation;

/**
 * The body of POST and PUT /api/v1/interventions: the writable fields. Versions and timestamps sent
 * by a client are ignored; {@code id} and {@code reviewStatus} are read so that a request that
 * tries to change them is refused ({@link #readOnlyViolations}) instead of silently half-applied.
 */
record InterventionRequest(
    Long id,
    String reviewStatus,
    String code,
    String title,
    String description,
    List<String> types,
    String modality,
    String conditionality,
    String deliveryMechanism,
    List<String> targetGroups,
    LocalDate startDate,
    LocalDate endDate,
    String status,
    String scalingStage,
    String policyAnchor,
    List<ParticipantRequest> participants,
    List<CoverageRequest> coverage,
    String source,
    Boolean synthetic) {

  record ParticipantRequest(Long organisationId, String role) {}

  record CoverageRequest(
      String pcode,
      String period,
      LocalDate periodStart,
      LocalDate periodEnd,
      Long planned,
      Long reached,
      String unit,
      Long budgetXof,
      String source) {

    CoverageDraft toDraft() {
      return new CoverageDraft(
          pcode, period, periodStart, periodEnd, planned, reached, unit, budgetXof, source);
    }
  }

  /**
   * The read-only fields this request tries to change: an id other than the target's on update
   * ({@code target} is null on create, where an id is ignored), a review status other than the
   * stored one ({@code current} is null on create). Review steps have their own endpoints.
   */
  List<FieldViolation> readOnlyViolations(Long target, ReviewStatus current) {
    List<FieldViolation> violations = new ArrayList<>();
    if (target != null && id != null && !id.equals(target)) {
      violations.add(
          new FieldViolation("id", "read_only", "The id is the one in the path; it cannot change"));
    }
    if (reviewStatus != null && ReviewStatus.parse(reviewStatus) != current) {
      violations.add(
          new FieldViolation(
              "reviewStatus",
              "read_only",
              "The review status changes only through submit, validate and return"));
    }
    return violations;
  }

  InterventionDraft toDraft() {
    return new InterventionDraft(
        code,
        title,
        description,
        types,
        modality,
        conditionality,
        deliveryMechanism,
        targetGroups,
        startDate,
        endDate,
        status,
        scalingStage,
        policyAnchor,
        participants == null
            ? null
            : participants.stream()
                .map(p -> p == null ? null : new ParticipantDraft(p.organisationId(), p.role()))
                .toList(),
        coverage == null
            ? null
            : coverage.stream().map(c -> c == null ? null : c.toDraft()).toList(),
        source,
        Boolean.TRUE.equals(synthetic));
  }
}
