package sn.convergence.registry;

import java.time.LocalDate;
import java.util.List;

/** An intervention as listed: classification, dates, participants, and its number of rows. */
public record InterventionSummary(
    InterventionId id,
    String code,
    String title,
    List<String> types,
    Modality modality,
    InterventionStatus status,
    ScalingStage scalingStage,
    LocalDate startDate,
    LocalDate endDate,
    List<String> targetGroups,
    List<Participant> participants,
    int coverageRows,
    boolean synthetic,
    ReviewStatus reviewStatus) {}
