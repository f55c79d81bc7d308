package sn.convergence.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * One source row after normalisation: texts trimmed, numbers parsed, period read, admin units
 * resolved to P-codes, with every issue found on it. A row is valid when it has no error and is not
 * skipped; a skipped row (total line, unit outside the country) carries a warning saying why.
 * {@code source} names who reported the row (the file, or the organisation when known); {@code
 * activityCode} is the registry code the row names (updates that intervention) and {@code
 * reference} the row's own source text (a report), both null when absent. {@code unitTransfer} is
 * the amount per beneficiary unit, null when the file has no such column. {@code place} is a finer
 * place inside the unit (a commune, a village) as written, null when absent.
 */
public record StagedRow(
    String sheet,
    int rowNumber,
    String source,
    String organisation,
    String sector,
    String activity,
    String country,
    UnitCell adm1,
    UnitCell adm2,
    String place,
    Quantity targeted,
    Quantity reached,
    Period period,
    String status,
    String beneficiary,
    Quantity value,
    Quantity unitTransfer,
    String unit,
    String activityCode,
    String reference,
    boolean skipped,
    List<Issue> issues) {

  public StagedRow {
    issues = List.copyOf(issues);
  }

  public boolean hasErrors() {
    for (Issue issue : issues) {
      if (issue.isError()) {
        return true;
      }
    }
    return false;
  }

  public boolean isValid() {
    return !skipped && !hasErrors();
  }

  /** The finest resolved unit cell: the department when resolved, else the region. */
  public UnitCell location() {
    return adm2 != null && adm2.isResolved() ? adm2 : adm1;
  }

  public Issue.Location at(String column) {
    return new Issue.Location(sheet, rowNumber, column);
  }

  /** The same row with more issues. */
  public StagedRow withIssues(List<Issue> more) {
    if (more.isEmpty()) {
      return this;
    }
    List<Issue> all = new ArrayList<>(issues);
    all.addAll(more);
    return copy(period, skipped, all);
  }

  /** The same row with another period. */
  public StagedRow withPeriod(Period newPeriod) {
    return copy(newPeriod, skipped, issues);
  }

  /** The same row, skipped for the reason the issue gives. */
  public StagedRow skip(Issue why) {
    return copy(period, true, issues).withIssues(List.of(why));
  }

  private StagedRow copy(Period newPeriod, boolean newSkipped, List<Issue> newIssues) {
    return new StagedRow(
        sheet,
        rowNumber,
        source,
        organisation,
        sector,
        activity,
        country,
        adm1,
        adm2,
        place,
        targeted,
        reached,
        newPeriod,
        status,
        beneficiary,
        value,
        unitTransfer,
        unit,
        activityCode,
        reference,
        newSkipped,
        newIssues);
  }
}
