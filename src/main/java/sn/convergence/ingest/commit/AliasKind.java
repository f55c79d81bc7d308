package sn.convergence.ingest.commit;

/**
 * What a remembered alias maps to: an organisation acronym, an intervention type code, or an
 * intervention code (an activity name that designates an intervention of the registry, such as one
 * partner's name for a joint operation).
 */
public enum AliasKind {
  ORGANISATION,
  TYPE,
  INTERVENTION
}
