package sn.convergence.convergence;

import java.util.List;
import sn.convergence.geography.PCode;

/**
 * A priority activity of a zone: its kind, a code (synergy rule, package component, or "type/target
 * group" of a duplication), French and English labels and rationales, the units concerned and the
 * interventions and organisations involved (all sorted).
 */
public record Activity(
    ActivityKind kind,
    String code,
    String labelFr,
    String labelEn,
    List<PCode> units,
    List<String> interventions,
    List<String> organisations,
    String rationaleFr,
    String rationaleEn) {

  public Activity {
    units = List.copyOf(units);
    interventions = List.copyOf(interventions);
    organisations = List.copyOf(organisations);
  }
}
