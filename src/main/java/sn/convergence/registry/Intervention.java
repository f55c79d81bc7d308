package sn.convergence.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A stored programme or project with its classification, participants and coverage rows. Optional
 * fields are null when unknown; {@code types} holds at least one taxonomy code. {@code review} is
 * where the record is in the review workflow.
 */
public record Intervention(
    InterventionId id,
    String code,
    String title,
    String description,
    List<String> types,
    Modality modality,
    Conditionality conditionality,
    String deliveryMechanism,
    List<String> targetGroups,
    LocalDate startDate,
    LocalDate endDate,
    InterventionStatus status,
    ScalingStage scalingStage,
    String policyAnchor,
    List<Participant> participants,
    List<Coverage> coverage,
    String source,
    boolean synthetic,
    Instant createdAt,
    Instant updatedAt,
    int version,
    Review review) {

  public Intervention {
    types = List.copyOf(types);
    targetGroups = List.copyOf(targetGroups);
    participants = List.copyOf(participants);
    coverage = List.copyOf(coverage);
  }
}
