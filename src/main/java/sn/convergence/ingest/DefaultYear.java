package sn.convergence.ingest;

import java.util.List;
import sn.convergence.ingest.normalize.PeriodParser;

/** Dates a row's period with the import's default year when the file gave none. Pure. */
final class DefaultYear {

  private DefaultYear() {}

  static StagedRow apply(StagedRow row, Integer year) {
    if (year == null || row.skipped() || (row.period() != null && row.period().hasYear())) {
      return row;
    }
    boolean unreadable = row.issues().stream().anyMatch(i -> i.code() == IssueCode.PERIOD_INVALID);
    if (unreadable) {
      return row;
    }
    String label = row.period() == null ? "" : row.period().label();
    Period dated =
        PeriodParser.parse((label + " " + year).strip()).filter(Period::hasYear).orElse(null);
    if (dated == null) {
      return row;
    }
    return row.withPeriod(dated)
        .withIssues(
            List.of(
                Issue.of(
                    IssueCode.PERIOD_YEAR_DEFAULTED,
                    row.at(null),
                    label.isEmpty() ? "—" : label,
                    year)));
  }
}
