package sn.convergence.ingest.validate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;
import sn.convergence.geography.NameNormalizer;
import sn.convergence.geography.PCode;
import sn.convergence.ingest.Issue;
import sn.convergence.ingest.IssueCode;
import sn.convergence.ingest.Period;
import sn.convergence.ingest.Quantity;
import sn.convergence.ingest.StagedRow;

/**
 * Checks across the staged rows of several sources (files) imported together, as a pure function
 * returning warnings tied to the source of the row they are about:
 *
 * <ul>
 *   <li>one operation reported by two sources for overlapping places (one unit inside the other, or
 *       a multi-unit cell naming it) and overlapping periods of the same starting year: every row
 *       involved is flagged {@link IssueCode#DUPLICATE_ACROSS_SOURCES}, so that the operation is
 *       kept once with two sources and never counted twice;
 *   <li>among those, one figure stated by one row of each source for the same places, unit of
 *       measure and period, with values that disagree even after rounding the more precise one to
 *       the precision of the other (12 487 agrees with 12 500, not with 1 287): both rows are
 *       flagged {@link IssueCode#VALUES_CONFLICT}.
 * </ul>
 *
 * <p>Which rows describe the same operation is the caller's {@code operation} function: by default
 * the activity text, or the intervention a user matched each activity name to. Skipped rows and
 * rows whose place or year is unknown are left out; other errors on a row do not hide it.
 */
public final class CrossSourceChecks {

  /** An issue about a row of the given source. */
  public record Finding(String source, Issue issue) {}

  private CrossSourceChecks() {}

  /** The default operation of a row: its activity text, normalised. */
  public static String activityOf(StagedRow row) {
    return row.activity() == null ? null : NameNormalizer.normalize(row.activity());
  }

  /** Duplicates and conflicts among the rows of all sources. */
  public static List<Finding> check(List<StagedRow> rows, Function<StagedRow, String> operation) {
    List<Figure> figures = figures(rows, operation);
    Map<String, List<Figure>> buckets = new LinkedHashMap<>();
    Map<String, Integer> statements = new LinkedHashMap<>();
    for (Figure figure : figures) {
      buckets.computeIfAbsent(figure.bucket(), k -> new ArrayList<>()).add(figure);
      statements.merge(figure.statement(), 1, Integer::sum);
    }
    Map<StagedRow, TreeSet<String>> duplicates = new LinkedHashMap<>();
    List<Finding> conflicts = new ArrayList<>();
    for (List<Figure> bucket : buckets.values()) {
      for (int i = 0; i < bucket.size(); i++) {
        for (int j = i + 1; j < bucket.size(); j++) {
          Figure a = bucket.get(i);
          Figure b = bucket.get(j);
          if (!sameOperation(a, b)) {
            continue;
          }
          duplicates.computeIfAbsent(a.row, k -> sources(a)).add(b.row.source());
          duplicates.computeIfAbsent(b.row, k -> sources(b)).add(a.row.source());
          boolean single = statements.get(a.statement()) == 1 && statements.get(b.statement()) == 1;
          if (single && comparable(a, b) && !agree(a.value, b.value)) {
            conflicts.add(conflict(a, b));
            conflicts.add(conflict(b, a));
          }
        }
      }
    }
    List<Finding> all = new ArrayList<>();
    duplicates.forEach((row, sources) -> all.add(duplicate(row, sources)));
    all.addAll(conflicts);
    return all;
  }

  /** Two figures of different sources for overlapping places and periods. */
  private static boolean sameOperation(Figure a, Figure b) {
    return !a.row.source().equals(b.row.source())
        && overlap(a.row.period(), b.row.period())
        && overlap(a.pcodes, b.pcodes);
  }

  private static TreeSet<String> sources(Figure figure) {
    return new TreeSet<>(List.of(figure.row.source()));
  }

  private static boolean comparable(Figure a, Figure b) {
    Period p = a.row.period();
    Period q = b.row.period();
    boolean samePeriod =
        p.precision() == q.precision() || (p.start().equals(q.start()) && p.end().equals(q.end()));
    return samePeriod
        && a.pcodes.equals(b.pcodes)
        && a.unit != null
        && a.unit.equals(b.unit)
        && a.value != null
        && b.value != null;
  }

  /** True when the values agree once the more precise is rounded to the other's precision. */
  public static boolean agree(BigDecimal x, BigDecimal y) {
    int scale = Math.min(precision(x), precision(y));
    return x.setScale(scale, RoundingMode.HALF_UP)
            .compareTo(y.setScale(scale, RoundingMode.HALF_UP))
        == 0;
  }

  /** The decimal scale a value is given to: 2 for 48.25, 0 for 12487, -2 for 12500. */
  private static int precision(BigDecimal value) {
    if (value.signum() == 0) {
      return 0;
    }
    return value.stripTrailingZeros().scale();
  }

  private static Finding duplicate(StagedRow row, TreeSet<String> sources) {
    return new Finding(
        row.source(),
        Issue.of(
            IssueCode.DUPLICATE_ACROSS_SOURCES,
            row.at(null),
            row.activity(),
            row.location().raw(),
            row.period().year(),
            String.join(", ", sources)));
  }

  private static Finding conflict(Figure row, Figure other) {
    return new Finding(
        row.row.source(),
        Issue.of(
            IssueCode.VALUES_CONFLICT,
            row.row.at(null),
            row.row.activity(),
            row.row.location().raw(),
            row.row.period().label(),
            row.value.toPlainString(),
            row.row.source(),
            other.value.toPlainString(),
            other.row.source()));
  }

  private static boolean overlap(Period p, Period q) {
    return !p.start().isAfter(q.end()) && !q.start().isAfter(p.end());
  }

  private static boolean overlap(List<PCode> a, List<PCode> b) {
    for (PCode p : a) {
      for (PCode q : b) {
        if (p.value().startsWith(q.value()) || q.value().startsWith(p.value())) {
          return true;
        }
      }
    }
    return false;
  }

  private static List<Figure> figures(List<StagedRow> rows, Function<StagedRow, String> operation) {
    List<Figure> figures = new ArrayList<>();
    for (StagedRow row : rows) {
      String key = row.skipped() ? null : operation.apply(row);
      if (key == null
          || !SheetChecks.hasDates(row.period())
          || row.location() == null
          || !row.location().isResolved()) {
        continue;
      }
      Quantity reached = row.reached();
      BigDecimal value =
          reached != null && reached.isPresent() && !reached.approximate() ? reached.value() : null;
      figures.add(
          new Figure(row, key, row.location().pcodes(), MeasureUnits.key(row.unit()), value));
    }
    return figures;
  }

  /** One row's figure: the operation it belongs to, its places, unit and exact reached value. */
  private record Figure(
      StagedRow row, String operation, List<PCode> pcodes, String unit, BigDecimal value) {

    Figure {
      Objects.requireNonNull(row);
    }

    /** Figures that may describe the same operation: same operation, same first year. */
    String bucket() {
      return operation + "|" + row.period().year();
    }

    /**
     * What one source states: a single row per source, operation, places, unit and year can be
     * compared with another source's; several (communes, villages) are parts, not comparable.
     */
    String statement() {
      return row.source() + "|" + bucket() + "|" + pcodes + "|" + unit;
    }
  }
}
