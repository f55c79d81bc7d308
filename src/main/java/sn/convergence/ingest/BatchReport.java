package sn.convergence.ingest;

import java.util.List;
import sn.convergence.ingest.commit.NewOrganisation;
import sn.convergence.registry.ImportEffect;

/**
 * What a batch's preview or commit found: the row-level report, the effect on the registry (planned
 * in a preview, done after a commit), the organisations created, and how many interventions and
 * facts the file names.
 */
public record BatchReport(
    ImportReport rows,
    ImportEffect effect,
    List<NewOrganisation> organisationsCreated,
    int interventions,
    long facts) {

  public BatchReport {
    organisationsCreated = List.copyOf(organisationsCreated);
  }
}
