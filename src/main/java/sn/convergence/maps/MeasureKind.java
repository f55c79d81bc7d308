package sn.convergence.maps;

/** What a map layer shows per unit. */
public enum MeasureKind {
  /** Distinct interventions present. */
  INTERVENTIONS,
  /** Distinct organisations taking part in the interventions present. */
  ACTORS,
  /** Reached beneficiaries counted in one beneficiary unit. */
  BENEFICIARIES,
  /** Reached beneficiaries per 1,000 inhabitants. */
  COVERAGE_PEOPLE,
  /** Reached beneficiaries per 1,000 poor people (population x poverty rate). */
  COVERAGE_POOR,
  /** Budget in XOF per reached beneficiary. */
  BUDGET_PER_BENEFICIARY,
  /** A context indicator's value. */
  CONTEXT
}
