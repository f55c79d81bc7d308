package sn.convergence.ingest;

/** What a commit does when some rows have errors. */
public enum ImportMode {
  /** One row in error and nothing is written. */
  ALL_OR_NOTHING,
  /** Rows without errors are written; rows in error are listed in the report. */
  VALID_ROWS_ONLY
}
