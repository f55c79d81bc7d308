package sn.convergence.registry.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import sn.convergence.actors.Organisation;
import sn.convergence.actors.OrganisationId;
import sn.convergence.registry.Coverage;
import sn.convergence.registry.Intervention;
import sn.convergence.registry.InterventionSummary;
import sn.convergence.registry.Participant;

/** An intervention as the API returns it, participants labelled with their acronyms. */
record InterventionView(
    long id,
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
    List<ParticipantView> participants,
    List<CoverageView> coverage,
    String source,
    boolean synthetic,
    Instant createdAt,
    Instant updatedAt,
    int version,
    String reviewStatus,
    String reviewComment,
    String submittedBy,
    Instant submittedAt,
    String validatedBy,
    Instant validatedAt) {

  record ParticipantView(long organisationId, String acronym, String role) {

    static List<ParticipantView> of(
        List<Participant> participants, Map<OrganisationId, Organisation> organisations) {
      return participants.stream()
          .map(
              p ->
                  new ParticipantView(
                      p.organisation().value(),
                      organisations.containsKey(p.organisation())
                          ? organisations.get(p.organisation()).acronym()
                          : null,
                      p.role().name()))
          .toList();
    }
  }

  record CoverageView(
      long id,
      String pcode,
      String period,
      LocalDate periodStart,
      LocalDate periodEnd,
      Long planned,
      Long reached,
      String unit,
      Long budgetXof,
      String source) {

    static CoverageView of(Coverage c) {
      return new CoverageView(
          c.id(),
          c.pcode().value(),
          c.period().label(),
          c.period().start(),
          c.period().end(),
          c.planned(),
          c.reached(),
          c.unit().name(),
          c.budgetXof(),
          c.source());
    }
  }

  record SummaryView(
      long id,
      String code,
      String title,
      List<String> types,
      String modality,
      String status,
      String scalingStage,
      LocalDate startDate,
      LocalDate endDate,
      List<String> targetGroups,
      List<ParticipantView> participants,
      int coverageRows,
      boolean synthetic,
      String reviewStatus) {

    static SummaryView of(InterventionSummary s, Map<OrganisationId, Organisation> organisations) {
      return new SummaryView(
          s.id().value(),
          s.code(),
          s.title(),
          s.types(),
          name(s.modality()),
          name(s.status()),
          name(s.scalingStage()),
          s.startDate(),
          s.endDate(),
          s.targetGroups(),
          ParticipantView.of(s.participants(), organisations),
          s.coverageRows(),
          s.synthetic(),
          name(s.reviewStatus()));
    }
  }

  static InterventionView of(Intervention i, Map<OrganisationId, Organisation> organisations) {
    return new InterventionView(
        i.id().value(),
        i.code(),
        i.title(),
        i.description(),
        i.types(),
        name(i.modality()),
        name(i.conditionality()),
        i.deliveryMechanism(),
        i.targetGroups(),
        i.startDate(),
        i.endDate(),
        name(i.status()),
        name(i.scalingStage()),
        i.policyAnchor(),
        ParticipantView.of(i.participants(), organisations),
        i.coverage().stream().map(CoverageView::of).toList(),
        i.source(),
        i.synthetic(),
        i.createdAt(),
        i.updatedAt(),
        i.version(),
        name(i.review().status()),
        i.review().comment(),
        i.review().submittedBy(),
        i.review().submittedAt(),
        i.review().validatedBy(),
        i.review().validatedAt());
  }

  private static String name(Enum<?> value) {
    return value == null ? null : value.name();
  }
}
