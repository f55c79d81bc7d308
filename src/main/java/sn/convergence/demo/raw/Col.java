package sn.convergence.demo.raw;

/** The logical columns partner files are built from, before each format names and orders them. */
enum Col {
  ROW_NUMBER,
  REGION_CODE,
  REGION,
  DEPARTMENT,
  COMMUNE,
  VILLAGE,
  ORGANISATION,
  ACTIVITY,
  PERIOD,
  START,
  END,
  UNIT,
  TARGETED,
  REACHED,
  BUDGET,
  /** The amount per household, where the budget is households × this amount (problem 11). */
  UNIT_TRANSFER,
  EXTRA,
  COMMENT,
  HIDDEN;

  /** Columns holding an administrative unit name or code. */
  boolean isPlace() {
    return this == REGION_CODE || this == REGION || this == DEPARTMENT;
  }

  /** Columns holding a count or an amount. */
  boolean isNumber() {
    return this == TARGETED || this == REACHED || this == BUDGET;
  }
}
