package sn.convergence.system.audit;

/** What happened. */
public enum AuditAction {
  CREATE,
  UPDATE,
  DELETE,
  STATUS_CHANGE,
  IMPORT,
  IMPORT_UNDONE,
  LOGIN_SUCCESS,
  LOGIN_FAILURE,
  ACCESS_DENIED,
  TOKEN_CREATED,
  TOKEN_REVOKED
}
