package sn.convergence.ingest.commit;

import java.util.List;

/** Everything a commit will write: organisations to create first, then the interventions. */
public record ImportPlan(
    List<NewOrganisation> organisations, List<PlannedIntervention> interventions) {

  public ImportPlan {
    organisations = List.copyOf(organisations);
    interventions = List.copyOf(interventions);
  }

  public long factCount() {
    return interventions.stream().mapToLong(i -> i.facts().size()).sum();
  }
}
