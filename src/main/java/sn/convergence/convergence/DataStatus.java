package sn.convergence.convergence;

/** Whether a unit (or a whole analysis) could be scored. */
public enum DataStatus {
  SCORED,
  /** Some required input is missing; the missing items are listed and no class is given. */
  INSUFFICIENT_DATA
}
