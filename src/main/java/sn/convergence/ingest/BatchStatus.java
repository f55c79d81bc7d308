package sn.convergence.ingest;

/**
 * Where an import batch is: RECEIVED (file stored), STAGING (being read), PREVIEWED (report ready,
 * nothing written), COMMITTING, COMMITTED, UNDONE, or FAILED (unreadable or refused; nothing
 * written to the registry).
 */
public enum BatchStatus {
  RECEIVED,
  STAGING,
  PREVIEWED,
  COMMITTING,
  COMMITTED,
  UNDONE,
  FAILED;

  /** True while a worker is on it. */
  public boolean busy() {
    return this == RECEIVED || this == STAGING || this == COMMITTING;
  }
}
