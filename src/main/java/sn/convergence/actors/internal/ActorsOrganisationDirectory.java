package sn.convergence.actors.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import sn.convergence.actors.Organisation;
import sn.convergence.system.OrganisationDirectory;

/** Offers the organisations, ordered by acronym, to the account pages of the system module. */
@Component
class ActorsOrganisationDirectory implements OrganisationDirectory {

  private final OrganisationStore store;

  ActorsOrganisationDirectory(OrganisationStore store) {
    this.store = store;
  }

  @Override
  public Map<Long, String> labels() {
    Map<Long, String> labels = new LinkedHashMap<>();
    for (Organisation o : store.findAll()) {
      labels.put(o.id().value(), o.acronym() + " – " + o.name());
    }
    return labels;
  }
}
