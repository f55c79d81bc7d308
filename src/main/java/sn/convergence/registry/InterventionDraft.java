package sn.convergence.registry;

import java.time.LocalDate;
import java.util.List;

/**
 * What a caller may set on an intervention, unvalidated: codes and enumerations are text so that
 * {@link InterventionValidator} can report every unknown value at once. Never carries an id or
 * timestamps. Null lists are read as empty; null elements are kept for the validator to report.
 */
public record InterventionDraft(
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
    List<ParticipantDraft> participants,
    List<CoverageDraft> coverage,
    String source,
    boolean synthetic) {

  public InterventionDraft {
    types = copy(types);
    targetGroups = copy(targetGroups);
    participants = copy(participants);
    coverage = copy(coverage);
  }

  /** An unmodifiable copy that keeps null elements, which the validator reports. */
  private static <T> List<T> copy(List<T> list) {
    return list == null
        ? List.of()
        : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(list));
  }
}
