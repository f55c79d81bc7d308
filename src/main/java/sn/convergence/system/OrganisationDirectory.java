package sn.convergence.system;

import java.util.Map;

/**
 * Names of the organisations a partner account can be bound to, provided by the actors module
 * (which depends on this one, not the reverse). Keys are organisation ids; values are labels such
 * as {@code WFP – Programme alimentaire mondial}.
 */
public interface OrganisationDirectory {

  Map<Long, String> labels();
}
