package sn.convergence.ingest.validate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import sn.convergence.geography.NameNormalizer;
import sn.convergence.ingest.Issue;
import sn.convergence.ingest.IssueCode;
import sn.convergence.ingest.Period;
import sn.convergence.ingest.StagedRow;

/**
 * Checks of one row against the other rows of its sheet or operation, as pure functions returning
 * warnings located at the odd row: a period written with another precision than the rest of the
 * sheet ("juin 2021" among years), a unit of measure used by a few rows of an operation counted
 * mostly in another ("personnes" among "ménages"). A pattern shared by many rows is not odd: a
 * minority is under {@value #MINORITY_PERCENT}% of at least {@value #MIN_ROWS} rows.
 */
public final class SheetChecks {

  static final int MIN_ROWS = 5;
  static final int MINORITY_PERCENT = 25;

  private SheetChecks() {}

  /** Rows whose period precision is a minority in their sheet. */
  public static List<Issue> periodPrecision(List<StagedRow> rows) {
    List<Issue> issues = new ArrayList<>();
    groups(rows, r -> r.source() + "|" + r.sheet(), r -> r.period() != null)
        .values()
        .forEach(
            sheet ->
                minorities(sheet, r -> r.period().precision().name())
                    .forEach(
                        (row, usual) ->
                            issues.add(
                                Issue.of(
                                    IssueCode.PERIOD_MIXED_PRECISION,
                                    row.at(null),
                                    row.period().label(),
                                    usual.period().label()))));
    return issues;
  }

  /** Rows whose unit of measure is a minority among the rows of the same activity. */
  public static List<Issue> minorityUnits(List<StagedRow> rows) {
    List<Issue> issues = new ArrayList<>();
    Function<String, String> activities = MeasureUnits.memo(NameNormalizer::normalize);
    Function<String, String> units = MeasureUnits.memo(MeasureUnits::key);
    groups(
            rows,
            r -> r.source() + "|" + activities.apply(r.activity()),
            r -> r.activity() != null && units.apply(r.unit()) != null)
        .values()
        .forEach(
            operation ->
                minorities(operation, r -> units.apply(r.unit()))
                    .forEach(
                        (row, usual) ->
                            issues.add(
                                Issue.of(
                                    IssueCode.MIXED_UNITS,
                                    row.at(null),
                                    row.activity(),
                                    row.unit().strip() + ", " + usual.unit().strip()))));
    return issues;
  }

  /** Each minority row with a row of the majority, for the message. */
  private static Map<StagedRow, StagedRow> minorities(
      List<StagedRow> rows, Function<StagedRow, String> feature) {
    Map<StagedRow, StagedRow> odd = new LinkedHashMap<>();
    if (rows.size() < MIN_ROWS) {
      return odd;
    }
    Map<String, List<StagedRow>> byFeature = new LinkedHashMap<>();
    rows.forEach(r -> byFeature.computeIfAbsent(feature.apply(r), k -> new ArrayList<>()).add(r));
    List<StagedRow> majority =
        byFeature.values().stream()
            .max((a, b) -> Integer.compare(a.size(), b.size()))
            .orElseThrow();
    byFeature.forEach(
        (value, group) -> {
          if (group != majority && group.size() * 100 < MINORITY_PERCENT * rows.size()) {
            group.forEach(r -> odd.put(r, majority.get(0)));
          }
        });
    return odd;
  }

  static Map<String, List<StagedRow>> groups(
      List<StagedRow> rows,
      Function<StagedRow, String> key,
      java.util.function.Predicate<StagedRow> keep) {
    Map<String, List<StagedRow>> groups = new LinkedHashMap<>();
    for (StagedRow row : rows) {
      if (!row.skipped() && keep.test(row)) {
        groups.computeIfAbsent(Objects.toString(key.apply(row)), k -> new ArrayList<>()).add(row);
      }
    }
    return groups;
  }

  static boolean hasDates(Period period) {
    return period != null && period.start() != null && period.end() != null;
  }
}
