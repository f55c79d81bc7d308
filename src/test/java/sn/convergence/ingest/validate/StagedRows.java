package sn.convergence.ingest.validate;

import java.util.List;
import sn.convergence.geography.PCode;
import sn.convergence.ingest.Issue;
import sn.convergence.ingest.IssueCode;
import sn.convergence.ingest.Period;
import sn.convergence.ingest.Quantity;
import sn.convergence.ingest.StagedRow;
import sn.convergence.ingest.UnitCell;
import sn.convergence.ingest.normalize.NumberParser;
import sn.convergence.ingest.normalize.PeriodParser;

/** Test fixture: staged rows built field by field, as the stager would have produced them. */
final class StagedRows {

  private String source = "f.xlsx";
  private String sheet = "S";
  private int row = 2;
  private String activity = "PNBSF";
  private UnitCell adm1;
  private UnitCell adm2;
  private Quantity targeted;
  private Quantity reached;
  private Quantity value;
  private Quantity transfer;
  private Period period;
  private String unit;
  private boolean skipped;
  private List<Issue> issues = List.of();

  static StagedRows row() {
    return new StagedRows();
  }

  StagedRows source(String name) {
    source = name;
    return this;
  }

  StagedRows at(String sheetName, int rowNumber) {
    sheet = sheetName;
    row = rowNumber;
    return this;
  }

  StagedRows activity(String text) {
    activity = text;
    return this;
  }

  StagedRows region(UnitCell cell) {
    adm1 = cell;
    return this;
  }

  StagedRows department(UnitCell cell) {
    adm2 = cell;
    return this;
  }

  /** A department matched to a P-code, written as given. */
  StagedRows department(String raw, String pcode) {
    return department(UnitCell.matched(raw, PCode.of(pcode)));
  }

  StagedRows period(String text) {
    period = PeriodParser.parse(text).orElseThrow();
    return this;
  }

  StagedRows targeted(String text) {
    targeted = NumberParser.parse(text, NumberParser.Style.DECIMAL_COMMA);
    return this;
  }

  StagedRows reached(String text) {
    reached = NumberParser.parse(text, NumberParser.Style.DECIMAL_COMMA);
    return this;
  }

  StagedRows value(String text) {
    value = NumberParser.parse(text, NumberParser.Style.DECIMAL_COMMA);
    return this;
  }

  StagedRows transfer(String text) {
    transfer = NumberParser.parse(text, NumberParser.Style.DECIMAL_COMMA);
    return this;
  }

  StagedRows unit(String text) {
    unit = text;
    return this;
  }

  /** A total line, skipped by the stager with its warning. */
  StagedRows total() {
    skipped = true;
    issues = List.of(Issue.of(IssueCode.TOTAL_ROW, new Issue.Location(sheet, row, null), "TOTAL"));
    return this;
  }

  StagedRow build() {
    return new StagedRow(
        sheet, row, source, "DGPSN", null, activity, null, adm1, adm2, null, targeted, reached,
        period, null, null, value, transfer, unit, null, null, skipped, issues);
  }

  static List<IssueCode> codes(List<Issue> issues) {
    return issues.stream().map(Issue::code).toList();
  }
}
