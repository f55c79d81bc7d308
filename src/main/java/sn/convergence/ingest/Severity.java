package sn.convergence.ingest;

/** How serious an {@link Issue} is: an error keeps the row out, a warning lets it through. */
public enum Severity {
  ERROR,
  WARNING
}
