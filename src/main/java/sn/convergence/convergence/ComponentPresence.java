package sn.convergence.convergence;

import java.util.List;

/**
 * One integrated-package component in a unit: present when a matching fact has a non-zero or
 * unreported beneficiary count; coverage is the best ratio over its beneficiary units, capped at 1.
 */
public record ComponentPresence(
    String code,
    String labelFr,
    String labelEn,
    boolean present,
    double coverage,
    List<String> interventions) {

  public ComponentPresence {
    interventions = List.copyOf(interventions);
  }
}
