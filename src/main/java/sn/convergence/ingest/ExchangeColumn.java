package sn.convergence.ingest;

import java.util.Arrays;
import java.util.List;

/**
 * The columns Convergence writes and reads back: the import template, the registry export (one row
 * per coverage fact) and therefore the round trip export -> import. Each column has a French header
 * (first row), an English header for documentation and an HXL hashtag (second row) that {@link
 * sn.convergence.ingest.sheet.HxlTag#field()} maps to the {@link Field} given here.
 *
 * <p>Cell contents: {@link #ACTIVITY_CODE} is the registry code (blank for a new intervention);
 * {@link #ORGANISATION} the acronym of the reporting organisation; {@link #TYPE} an intervention
 * type code or label; units by P-code and name (a national row leaves both blank and gives {@link
 * #COUNTRY} "SN"); {@link #PERIOD} a period label ("2021", "2021-Q2", "2019/2020", "2015S"); {@link
 * #UNIT} a beneficiary unit code (HOUSEHOLDS, PERSONS...); {@link #BUDGET_XOF} whole XOF; {@link
 * #UNIT_TRANSFER} the XOF paid per beneficiary unit, checked against the budget on import and not
 * stored (the registry export leaves it blank); {@link #TARGET_GROUPS} target group codes separated
 * by " | ".
 */
public enum ExchangeColumn {
  ACTIVITY_CODE("Code intervention", "Intervention code", "#activity +code", Field.ACTIVITY_CODE),
  ACTIVITY("Intervention", "Intervention", "#activity +name", Field.ACTIVITY),
  ORGANISATION("Organisation", "Organisation", "#org +acronym", Field.ORGANISATION_ACRONYM),
  TYPE("Type d'intervention", "Intervention type", "#sector +code", Field.SECTOR),
  TARGET_GROUPS("Groupes cibles", "Target groups", "#beneficiary +code", Field.BENEFICIARY),
  COUNTRY("Pays", "Country", "#country +code", Field.COUNTRY),
  ADM1_CODE("Code région", "Region P-code", "#adm1 +code", Field.ADM1_CODE),
  ADM1_NAME("Région", "Region", "#adm1 +name", Field.ADM1_NAME),
  ADM2_CODE("Code département", "Department P-code", "#adm2 +code", Field.ADM2_CODE),
  ADM2_NAME("Département", "Department", "#adm2 +name", Field.ADM2_NAME),
  PERIOD("Période", "Period", "#date +reported", Field.PERIOD),
  TARGETED("Ciblés", "Targeted", "#targeted", Field.TARGETED),
  REACHED("Atteints", "Reached", "#reached", Field.REACHED),
  UNIT("Unité", "Unit", "#unit", Field.UNIT),
  BUDGET_XOF("Budget (XOF)", "Budget (XOF)", "#value +budget +xof", Field.VALUE),
  UNIT_TRANSFER(
      "Transfert unitaire (XOF)",
      "Unit transfer (XOF)",
      "#value +transfer +xof",
      Field.UNIT_TRANSFER),
  STATUS("Statut", "Status", "#status", Field.STATUS),
  SOURCE("Source", "Source", "#meta +source", Field.SOURCE);

  private final String headerFr;
  private final String headerEn;
  private final String hxl;
  private final Field field;

  ExchangeColumn(String headerFr, String headerEn, String hxl, Field field) {
    this.headerFr = headerFr;
    this.headerEn = headerEn;
    this.hxl = hxl;
    this.field = field;
  }

  public String headerFr() {
    return headerFr;
  }

  public String headerEn() {
    return headerEn;
  }

  public String hxl() {
    return hxl;
  }

  public Field field() {
    return field;
  }

  /** Every column in file order. */
  public static List<ExchangeColumn> all() {
    return Arrays.asList(values());
  }
}
