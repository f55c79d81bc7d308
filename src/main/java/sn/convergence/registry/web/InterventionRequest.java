package sn.convergence.registry.web;

import java.time.LocalDate;
import java.util.List;
import sn.convergence.registry.CoverageDraft;
import sn.convergence.registry.InterventionDraft;
import sn.convergence.registry.ParticipantDraft;

/**
 * The body of POST and PUT /api/v1/interventions: only writable fields. Ids, versions and
 * timestamps sent by a client are not part of it and are ignored.
 */
record InterventionRequest(
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
