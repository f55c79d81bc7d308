package sn.convergence.convergence;

/** Which beneficiary count of a coverage fact the analysis uses. */
public enum CoverageFigure {
  REACHED,
  PLANNED,
  /** Reached when reported, planned otherwise (the default). */
  REACHED_ELSE_PLANNED
}
