package sn.convergence.ingest.validate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import sn.convergence.ingest.Issue;
import sn.convergence.ingest.IssueCode;
import sn.convergence.ingest.Quantity;
import sn.convergence.ingest.StagedRow;

/**
 * Total and subtotal lines (skipped from the import) checked against the rows they sum up, per
 * sheet and in file order: a subtotal against the data rows since the previous total line, the last
 * total of a sheet also against the previous totals and against all data rows. A total is reported
 * only when a sum it should equal can be computed (every value present, exact, in the same
 * currency; blank cells count as zero) and none of the candidate sums equals it. Pure.
 */
public final class TotalChecks {

  private static final List<Function<StagedRow, Quantity>> MEASURES =
      List.of(StagedRow::targeted, StagedRow::reached, StagedRow::value);

  private TotalChecks() {}

  /** The staged rows of one or several files, in file order, skipped rows included. */
  public static List<Issue> subtotals(List<StagedRow> rows) {
    Map<String, List<StagedRow>> sheets = new LinkedHashMap<>();
    rows.forEach(
        r -> sheets.computeIfAbsent(r.source() + "|" + r.sheet(), k -> new ArrayList<>()).add(r));
    List<Issue> issues = new ArrayList<>();
    sheets.values().forEach(sheet -> issues.addAll(checkSheet(sheet)));
    return issues;
  }

  private static List<Issue> checkSheet(List<StagedRow> sheet) {
    List<Issue> issues = new ArrayList<>();
    int lastTotal = -1;
    for (int i = 0; i < sheet.size(); i++) {
      if (isTotal(sheet.get(i))) {
        lastTotal = i;
      }
    }
    List<StagedRow> block = new ArrayList<>();
    List<StagedRow> all = new ArrayList<>();
    List<StagedRow> totals = new ArrayList<>();
    for (int i = 0; i < sheet.size(); i++) {
      StagedRow row = sheet.get(i);
      if (isTotal(row)) {
        List<List<StagedRow>> natural = new ArrayList<>();
        if (i == lastTotal && !totals.isEmpty()) {
          natural.add(List.copyOf(totals));
          natural.add(List.copyOf(all));
        } else {
          natural.add(List.copyOf(block));
        }
        issues.addAll(check(row, natural, List.copyOf(block)));
        totals.add(row);
        block.clear();
      } else if (!row.skipped()) {
        block.add(row);
        all.add(row);
      }
    }
    return issues;
  }

  private static List<Issue> check(
      StagedRow total, List<List<StagedRow>> natural, List<StagedRow> block) {
    List<Issue> issues = new ArrayList<>();
    for (Function<StagedRow, Quantity> measure : MEASURES) {
      Quantity stated = measure.apply(total);
      if (stated == null || !stated.isPresent() || stated.approximate()) {
        continue;
      }
      List<List<StagedRow>> candidates = new ArrayList<>(natural);
      candidates.add(block);
      boolean matched = false;
      Optional<BigDecimal> firstNatural = Optional.empty();
      for (int c = 0; c < candidates.size(); c++) {
        Optional<BigDecimal> sum = sum(candidates.get(c), measure, stated.currency());
        matched |= sum.map(s -> s.compareTo(stated.value()) == 0).orElse(false);
        if (c < natural.size() && firstNatural.isEmpty()) {
          firstNatural = sum;
        }
      }
      if (!matched && firstNatural.isPresent()) {
        issues.add(
            Issue.of(
                IssueCode.SUBTOTAL_MISMATCH,
                total.at(null),
                stated.value().toPlainString(),
                firstNatural.get().toPlainString()));
      }
    }
    return issues;
  }

  /** The exact sum, or empty when a value is missing, approximate or in another currency. */
  private static Optional<BigDecimal> sum(
      List<StagedRow> rows, Function<StagedRow, Quantity> measure, String currency) {
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    BigDecimal sum = BigDecimal.ZERO;
    for (StagedRow row : rows) {
      Quantity quantity = measure.apply(row);
      if (quantity == null || quantity.missing() == Quantity.Missing.BLANK) {
        continue;
      }
      if (!quantity.isPresent()
          || quantity.approximate()
          || !AmountChecks.currency(quantity).equals(AmountChecks.currency(currency))) {
        return Optional.empty();
      }
      sum = sum.add(quantity.value());
    }
    return Optional.of(sum);
  }

  private static boolean isTotal(StagedRow row) {
    return row.skipped() && row.issues().stream().anyMatch(i -> i.code() == IssueCode.TOTAL_ROW);
  }
}
