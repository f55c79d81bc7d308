package sn.convergence.registry.internal;

import org.springframework.stereotype.Component;
import sn.convergence.actors.OrganisationId;
import sn.convergence.actors.OrganisationReferences;

/** Tells the actors module how many interventions an organisation takes part in. */
@Component
class RegistryOrganisationReferences implements OrganisationReferences {

  private final InterventionStore store;

  RegistryOrganisationReferences(InterventionStore store) {
    this.store = store;
  }

  @Override
  public long countReferences(OrganisationId id) {
    return store.countByOrganisation(id);
  }

  @Override
  public String describe() {
    return "interventions";
  }
}
