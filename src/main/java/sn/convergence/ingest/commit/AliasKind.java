package sn.convergence.ingest.commit;

/** What a remembered alias maps to: an organisation acronym or an intervention type code. */
public enum AliasKind {
  ORGANISATION,
  TYPE
}
