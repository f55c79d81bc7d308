package sn.convergence.registry;

import java.util.List;

/**
 * An intervention as an import describes it. {@code draft} is used to create the intervention when
 * no intervention has its code yet (its own coverage list is ignored); an existing intervention
 * keeps its fields and only receives the {@code facts}. Facts are unvalidated coverage rows; two
 * facts with the same unit, period and beneficiary unit are one fact.
 */
public record ImportedIntervention(InterventionDraft draft, List<CoverageDraft> facts) {

  public ImportedIntervention {
    facts = List.copyOf(facts);
  }

  public String code() {
    return draft.code() == null ? "" : draft.code().strip();
  }
}
