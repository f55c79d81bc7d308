package sn.convergence.ingest.validate;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import sn.convergence.geography.NameNormalizer;
import sn.convergence.ingest.Issue;
import sn.convergence.ingest.IssueCode;
import sn.convergence.ingest.Period;
import sn.convergence.ingest.Quantity;
import sn.convergence.ingest.StagedRow;

/**
 * Checks of amounts (the value column) against the other amounts of the same file, as pure
 * functions returning warnings: an amount far above the other periods of the same operation and
 * place (a cumulative or project total in an annual column), an amount orders of magnitude away
 * from its column (millions for milliards), a currency unlike the rest of the column. A cell
 * without a currency counts as XOF.
 */
public final class AmountChecks {

  /** An amount this many times the median of the other periods looks cumulative. */
  static final BigDecimal CUMULATIVE_RATIO = new BigDecimal("2.5");

  /** An amount this many times above or below its column's median looks mis-scaled. */
  static final BigDecimal SCALE_RATIO = BigDecimal.valueOf(200);

  /** A cumulative amount is at least this share of all earlier periods together. */
  static final BigDecimal EARLIER_SHARE = new BigDecimal("0.9");

  static final int MIN_PERIODS = 3;
  static final String DEFAULT_CURRENCY = "XOF";

  private AmountChecks() {}

  /** All amount checks over the rows of a file. */
  public static List<Issue> all(List<StagedRow> rows) {
    List<Issue> issues = new ArrayList<>();
    issues.addAll(budgetTypes(rows));
    issues.addAll(scales(rows));
    issues.addAll(currencies(rows));
    return issues;
  }

  /**
   * Per operation and place with at least {@value #MIN_PERIODS} periods: a period that comes after
   * at least two others, whose amount is {@link #CUMULATIVE_RATIO} times the median of the other
   * periods or more, and at least nine tenths of all earlier periods together (what a total since
   * the start or a project total looks like; a first period is never flagged).
   */
  public static List<Issue> budgetTypes(List<StagedRow> rows) {
    List<Issue> issues = new ArrayList<>();
    Function<String, String> activities = MeasureUnits.memo(NameNormalizer::normalize);
    SheetChecks.groups(
            rows,
            r -> r.source() + "|" + activities.apply(r.activity()) + "|" + r.location().pcodes(),
            AmountChecks::hasExactAmount)
        .values()
        .forEach(series -> issues.addAll(outlyingPeriods(series)));
    return issues;
  }

  private static List<Issue> outlyingPeriods(List<StagedRow> series) {
    Map<Period, List<StagedRow>> byPeriod = new LinkedHashMap<>();
    series.forEach(r -> byPeriod.computeIfAbsent(r.period(), k -> new ArrayList<>()).add(r));
    List<Issue> issues = new ArrayList<>();
    if (byPeriod.size() < MIN_PERIODS) {
      return issues;
    }
    List<List<StagedRow>> periods =
        byPeriod.entrySet().stream()
            .sorted(
                Map.Entry.comparingByKey(
                    Comparator.comparing(Period::start).thenComparing(Period::label)))
            .map(Map.Entry::getValue)
            .toList();
    List<BigDecimal> amounts = periods.stream().map(AmountChecks::total).toList();
    BigDecimal earlier = amounts.get(0).add(amounts.get(1));
    for (int i = 2; i < periods.size(); i++) {
      BigDecimal amount = amounts.get(i);
      boolean aboveEarlier = amount.compareTo(earlier.multiply(EARLIER_SHARE)) >= 0;
      earlier = earlier.add(amount);
      if (!aboveEarlier) {
        continue;
      }
      List<BigDecimal> others = new ArrayList<>(amounts);
      others.remove(i);
      BigDecimal median = median(others);
      if (median.signum() > 0 && amount.compareTo(median.multiply(CUMULATIVE_RATIO)) >= 0) {
        BigDecimal ratio = amount.divide(median, 1, RoundingMode.HALF_UP);
        for (StagedRow row : periods.get(i)) {
          issues.add(
              Issue.of(
                  IssueCode.BUDGET_TYPE_AMBIGUOUS,
                  row.at(null),
                  amount.toPlainString(),
                  row.period().label(),
                  ratio.toPlainString(),
                  median.toPlainString()));
        }
      }
    }
    return issues;
  }

  /**
   * Per sheet and operation with at least {@value SheetChecks#MIN_ROWS} amounts: an amount {@link
   * #SCALE_RATIO} times above or below the median.
   */
  public static List<Issue> scales(List<StagedRow> rows) {
    List<Issue> issues = new ArrayList<>();
    Function<String, String> activities = MeasureUnits.memo(NameNormalizer::normalize);
    SheetChecks.groups(
            rows,
            r -> r.source() + "|" + r.sheet() + "|" + activities.apply(r.activity()),
            r ->
                r.value() != null
                    && r.value().isPresent()
                    && !r.value().approximate()
                    && r.value().value().signum() > 0)
        .values()
        .forEach(
            column -> {
              if (column.size() < SheetChecks.MIN_ROWS) {
                return;
              }
              BigDecimal median = median(column.stream().map(r -> r.value().value()).toList());
              BigDecimal ceiling = median.multiply(SCALE_RATIO);
              for (StagedRow row : column) {
                BigDecimal amount = row.value().value();
                if (amount.compareTo(ceiling) >= 0
                    || amount.multiply(SCALE_RATIO).compareTo(median) <= 0) {
                  issues.add(
                      Issue.of(
                          IssueCode.VALUE_SCALE_SUSPECTED,
                          row.at(null),
                          row.value().raw().strip(),
                          median.toPlainString()));
                }
              }
            });
    return issues;
  }

  /** Per sheet: amounts in a currency other than the one of most amounts (at least 60%). */
  public static List<Issue> currencies(List<StagedRow> rows) {
    List<Issue> issues = new ArrayList<>();
    SheetChecks.groups(
            rows,
            r -> r.source() + "|" + r.sheet(),
            r -> r.value() != null && r.value().isPresent())
        .values()
        .forEach(
            column -> {
              Map<String, Integer> counts = new LinkedHashMap<>();
              column.forEach(r -> counts.merge(currency(r.value()), 1, Integer::sum));
              var usual =
                  counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow();
              if (column.size() < SheetChecks.MIN_ROWS
                  || usual.getValue() * 10 < column.size() * 6) {
                return;
              }
              for (StagedRow row : column) {
                String currency = currency(row.value());
                if (!currency.equals(usual.getKey())) {
                  issues.add(
                      Issue.of(IssueCode.CURRENCY_MIXED, row.at(null), currency, usual.getKey()));
                }
              }
            });
    return issues;
  }

  /** The ISO code of an amount's currency, XOF when the cell names none. */
  static String currency(Quantity quantity) {
    return currency(quantity.currency());
  }

  static String currency(String code) {
    return code == null ? DEFAULT_CURRENCY : code;
  }

  private static boolean hasExactAmount(StagedRow row) {
    return row.value() != null
        && row.value().isPresent()
        && !row.value().approximate()
        && row.period() != null
        && row.period().hasYear()
        && row.location() != null
        && row.location().isResolved();
  }

  private static BigDecimal total(List<StagedRow> rows) {
    BigDecimal total = BigDecimal.ZERO;
    for (StagedRow row : rows) {
      total = total.add(row.value().value());
    }
    return total;
  }

  static BigDecimal median(List<BigDecimal> values) {
    List<BigDecimal> sorted = values.stream().sorted(Comparator.naturalOrder()).toList();
    int n = sorted.size();
    if (n == 0) {
      return BigDecimal.ZERO;
    }
    return n % 2 == 1
        ? sorted.get(n / 2)
        : sorted
            .get(n / 2 - 1)
            .add(sorted.get(n / 2))
            .divide(BigDecimal.valueOf(2), MathContext.DECIMAL64);
  }
}
