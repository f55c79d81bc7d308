package sn.convergence.convergence;

import java.util.List;

/**
 * Several interventions of one type (or family, per the rule) for one target group in one unit, run
 * by several organisations.
 */
public record Duplication(
    String interventionKey,
    String targetGroup,
    List<String> interventions,
    List<String> organisations) {

  public Duplication {
    interventions = List.copyOf(interventions);
    organisations = List.copyOf(organisations);
  }
}
