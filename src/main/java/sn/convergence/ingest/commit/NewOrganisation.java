package sn.convergence.ingest.commit;

import sn.convergence.actors.OrganisationType;

/** An organisation an import will create because no known one matched its name. */
public record NewOrganisation(String acronym, String name, OrganisationType type, String iatiRef) {}
