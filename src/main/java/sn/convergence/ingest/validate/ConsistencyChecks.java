package sn.convergence.ingest.validate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import sn.convergence.geography.NameNormalizer;
import sn.convergence.geography.PCode;
import sn.convergence.ingest.Issue;
import sn.convergence.ingest.IssueCode;
import sn.convergence.ingest.Quantity;
import sn.convergence.ingest.StagedRow;
import sn.convergence.ingest.UnitCell;

/**
 * Checks across staged rows, as pure functions returning warnings: region totals against the sum of
 * their departments, one operation reported by two sources, mixed units for one operation. Skipped
 * rows and rows in error are left out. {@link #all} adds the sheet checks ({@link SheetChecks}),
 * the total lines ({@link TotalChecks}) and the amount checks ({@link AmountChecks}); checks across
 * several files are {@link CrossSourceChecks}.
 */
public final class ConsistencyChecks {

  private ConsistencyChecks() {}

  /** All cross-row checks. */
  public static List<Issue> all(List<StagedRow> rows) {
    List<StagedRow> valid = rows.stream().filter(StagedRow::isValid).toList();
    List<Issue> issues = new ArrayList<>();
    issues.addAll(regionTotals(valid, StagedRow::targeted));
    issues.addAll(regionTotals(valid, StagedRow::reached));
    issues.addAll(duplicatesAcrossSources(valid));
    issues.addAll(mixedUnits(valid));
    List<StagedRow> active = rows.stream().filter(r -> !r.skipped()).toList();
    issues.addAll(SheetChecks.periodPrecision(active));
    issues.addAll(SheetChecks.minorityUnits(active));
    issues.addAll(TotalChecks.subtotals(rows));
    issues.addAll(AmountChecks.all(active));
    return issues;
  }

  /**
   * A region row whose figure differs from the sum of the department rows of the same operation.
   */
  public static List<Issue> regionTotals(
      List<StagedRow> rows, Function<StagedRow, Quantity> measure) {
    Map<String, StagedRow> regionRows = new LinkedHashMap<>();
    Map<String, BigDecimal> departmentSums = new LinkedHashMap<>();
    for (StagedRow row : rows) {
      BigDecimal value = valueOf(measure.apply(row));
      if (value == null) {
        continue;
      }
      if (single(row.adm2()) != null) {
        String region = parentOf(single(row.adm2()));
        departmentSums.merge(operationKey(row) + "@" + region, value, BigDecimal::add);
      } else if (isBlank(row.adm2()) && single(row.adm1()) != null) {
        regionRows.putIfAbsent(operationKey(row) + "@" + single(row.adm1()).value(), row);
      }
    }
    List<Issue> issues = new ArrayList<>();
    regionRows.forEach(
        (key, row) -> {
          BigDecimal sum = departmentSums.get(key);
          BigDecimal total = valueOf(measure.apply(row));
          if (sum != null && sum.compareTo(total) != 0) {
            issues.add(
                Issue.of(
                    IssueCode.REGION_TOTAL_MISMATCH,
                    row.at(null),
                    row.adm1().raw(),
                    total.toPlainString(),
                    sum.toPlainString()));
          }
        });
    return issues;
  }

  /** One (operation, unit, year) reported by more than one organisation or file. */
  public static List<Issue> duplicatesAcrossSources(List<StagedRow> rows) {
    Map<String, Set<String>> reporters = new LinkedHashMap<>();
    Map<String, StagedRow> first = new LinkedHashMap<>();
    for (StagedRow row : rows) {
      UnitCell location = row.location();
      if (row.activity() == null || location == null || !location.isResolved()) {
        continue;
      }
      String key = activityKey(row) + "@" + location.pcodes() + "@" + yearOf(row);
      reporters.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(reporter(row));
      first.putIfAbsent(key, row);
    }
    List<Issue> issues = new ArrayList<>();
    reporters.forEach(
        (key, who) -> {
          if (who.size() > 1) {
            StagedRow row = first.get(key);
            issues.add(
                Issue.of(
                    IssueCode.DUPLICATE_ACROSS_SOURCES,
                    row.at(null),
                    row.activity(),
                    row.location().raw(),
                    yearOf(row),
                    String.join(", ", who)));
          }
        });
    return issues;
  }

  /** One operation whose rows count in different units (households and people...). */
  public static List<Issue> mixedUnits(List<StagedRow> rows) {
    Map<String, Set<String>> units = new LinkedHashMap<>();
    Map<String, StagedRow> first = new LinkedHashMap<>();
    for (StagedRow row : rows) {
      if (row.activity() == null || row.unit() == null) {
        continue;
      }
      String key = activityKey(row);
      units.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(row.unit().strip());
      first.putIfAbsent(key, row);
    }
    List<Issue> issues = new ArrayList<>();
    units.forEach(
        (key, found) -> {
          if (found.size() > 1) {
            StagedRow row = first.get(key);
            issues.add(
                Issue.of(
                    IssueCode.MIXED_UNITS, row.at(null), row.activity(), String.join(", ", found)));
          }
        });
    return issues;
  }

  private static String operationKey(StagedRow row) {
    String period = row.period() == null ? "" : row.period().label();
    return activityKey(row) + "|" + Objects.toString(row.organisation(), "") + "|" + period;
  }

  /** Normalised activity names; files repeat a few names over many rows. */
  private static final Map<String, String> ACTIVITY_KEYS =
      java.util.Collections.synchronizedMap(
          new java.util.LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
              return size() > 4_096;
            }
          });

  private static String activityKey(StagedRow row) {
    String activity = Objects.toString(row.activity(), "");
    return ACTIVITY_KEYS.computeIfAbsent(activity, NameNormalizer::normalize);
  }

  private static String yearOf(StagedRow row) {
    return row.period() == null || !row.period().hasYear()
        ? "?"
        : String.valueOf(row.period().year());
  }

  private static String reporter(StagedRow row) {
    return row.organisation() != null ? row.organisation() : row.source();
  }

  /** No department on the row: a multi-unit or unresolved department cell is not a region row. */
  private static boolean isBlank(UnitCell cell) {
    return cell == null || cell.status() == UnitCell.Status.BLANK;
  }

  private static PCode single(UnitCell cell) {
    return cell != null && cell.status() == UnitCell.Status.MATCHED ? cell.pcodes().get(0) : null;
  }

  /** The parent P-code by the COD-AB convention: two digits fewer. */
  private static String parentOf(PCode pcode) {
    String value = pcode.value();
    return value.length() > 2 ? value.substring(0, value.length() - 2) : value;
  }

  private static BigDecimal valueOf(Quantity quantity) {
    return quantity == null || !quantity.isPresent() ? null : quantity.value();
  }
}
