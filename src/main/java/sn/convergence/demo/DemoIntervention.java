package sn.convergence.demo;

import java.time.LocalDate;
import java.util.List;

/**
 * A programme or project of the demo. {@code endDate} is null while ongoing; {@code scalingStage}
 * is null for one-off emergency operations, which are not models being scaled.
 */
public record DemoIntervention(
    String code,
    String titleFr,
    String descriptionFr,
    List<String> typeCodes,
    String modality,
    List<String> targetGroups,
    LocalDate startDate,
    LocalDate endDate,
    String status,
    String scalingStage,
    List<DemoParticipant> participants) {

  public DemoIntervention {
    typeCodes = List.copyOf(typeCodes);
    targetGroups = List.copyOf(targetGroups);
    participants = List.copyOf(participants);
  }
}
