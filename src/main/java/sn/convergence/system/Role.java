package sn.convergence.system;

/** What a user may do; Spring Security authorities are {@code ROLE_<name>}. */
public enum Role {
  /** Accounts and reference data. */
  ADMIN,
  /** Reads and edits everything, validates, locks periods (DGPSN coordination). */
  COORDINATOR,
  /** Focal point of one organisation: edits that organisation's interventions. */
  PARTNER,
  /** Reads everything, edits nothing. */
  VIEWER
}
