package sn.convergence.ingest;

/** The fields a 3W/4W/5W row can carry once its columns are mapped. */
public enum Field {
  ORGANISATION,
  ORGANISATION_ACRONYM,
  SECTOR,
  ACTIVITY,
  /** The registry's intervention code: a row naming one updates that intervention. */
  ACTIVITY_CODE,
  COUNTRY,
  ADM1_NAME,
  ADM1_CODE,
  ADM2_NAME,
  ADM2_CODE,
  /**
   * A finer place inside the unit (commune, arrondissement, village, site), kept as text: rows of
   * one file whose finer places differ are parts of one fact and are added up.
   */
  PLACE,
  TARGETED,
  REACHED,
  PERIOD,
  START_DATE,
  END_DATE,
  STATUS,
  BENEFICIARY,
  /** The row's budget or amount paid, with its currency when the cell or column names one. */
  VALUE,
  /**
   * The amount per beneficiary unit (a cash transfer per household, a grant per person), read like
   * {@link #VALUE} (same number formats and currencies). Headers "Transfert unitaire", "Montant
   * unitaire", "Montant par ménage", "Valeur du transfert", "Unit transfer", "Transfer value"...;
   * HXL {@code #value +transfer} or {@code #value +unit}. Only checked against the budget, never
   * stored.
   */
  UNIT_TRANSFER,
  UNIT,
  /** Where the figure comes from (a report, a file); kept on the coverage fact. */
  SOURCE
}
