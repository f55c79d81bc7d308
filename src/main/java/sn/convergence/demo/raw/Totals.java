package sn.convergence.demo.raw;

import static sn.convergence.demo.raw.Col.BUDGET;
import static sn.convergence.demo.raw.Col.REACHED;
import static sn.convergence.demo.raw.Col.TARGETED;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Subtotal and total lines (problem 10: totals mixed with data): a subtotal sums the data rows
 * since the previous total line, a total its sheet's subtotals (or all its data rows when it has
 * none), as a spreadsheet formula would from the values as written. Some are then made inconsistent
 * (problem 11: off by 0.1 to 2%), only where every value summed is readable, so that the import can
 * tell.
 */
final class Totals {

  private static final List<Col> MEASURES = List.of(TARGETED, REACHED, BUDGET);

  private final Noise noise;
  private final Set<Line> decidable = new HashSet<>();
  private final List<Line> totals = new ArrayList<>();
  private final java.util.Map<Line, Table> grandTotals = new java.util.HashMap<>();

  Totals(Noise noise) {
    this.noise = noise;
  }

  void fill() {
    for (FileSpec file : noise.files) {
      for (Table table : file.tables) {
        fill(table);
      }
    }
  }

  private void fill(Table table) {
    List<Line> block = new ArrayList<>();
    List<Line> subtotals = new ArrayList<>();
    for (Line line : table.lines) {
      if (line.isData()) {
        block.add(line);
        continue;
      }
      for (Col column : MEASURES) {
        if (table.has(column)) {
          if (line.kind == Line.Kind.TOTAL && !subtotals.isEmpty()) {
            write(line, column, subtotals);
          } else {
            write(line, column, block);
          }
        }
      }
      line.mark(10, "total_row", null, "");
      totals.add(line);
      if (line.kind == Line.Kind.SUBTOTAL) {
        subtotals.add(line);
        grandTotals.put(line, table);
      }
      block = new ArrayList<>();
    }
  }

  private void write(Line total, Col column, List<Line> lines) {
    BigDecimal sum = BigDecimal.ZERO;
    boolean exact = true;
    boolean any = false;
    for (Line line : lines) {
      Value value = line.get(column);
      if (value.cell() instanceof Cell.Blank) {
        continue;
      }
      any = true;
      boolean xof = value.currency() == null || value.currency().equals("XOF");
      if (value.exact() && xof) {
        sum = sum.add(value.reads());
      } else {
        exact = false;
        sum = sum.add(fallback(line, column));
      }
    }
    if (!any) {
      return;
    }
    total.put(column, Value.number(sum.doubleValue()));
    if (exact && column == REACHED) {
      decidable.add(total);
    }
  }

  private static BigDecimal fallback(Line line, Col column) {
    if (column == REACHED) {
      return BigDecimal.valueOf(line.truth.reached());
    }
    if (column == BUDGET && line.truth.budgetXof() != null) {
      return BigDecimal.valueOf(line.truth.budgetXof());
    }
    return BigDecimal.ZERO;
  }

  /** Problem 11: about 5% of the total lines, off by 0.1 to 2% from what they sum up. */
  void inconsistent() {
    List<Line> candidates = totals.stream().filter(decidable::contains).toList();
    Draws draws = noise.draws("totals");
    int target = Math.max(1, (int) Math.round(0.05 * totals.size()));
    List<Line> shuffled = draws.shuffled(candidates);
    for (Line total : shuffled.subList(0, Math.min(target, shuffled.size()))) {
      long sum = total.get(REACHED).reads().longValue();
      double off = draws.between(0.001, 0.02) * (draws.chance(0.5) ? 1 : -1);
      long wrong = Math.round(sum * (1 + off));
      if (wrong == sum) {
        wrong = sum + 1;
      }
      total.inject(11, "total_mismatch", REACHED, Value.number(wrong));
      if (grandTotals.containsKey(total)) {
        refillGrandTotal(grandTotals.get(total));
      }
    }
  }

  /**
   * A sheet's total line sums its subtotal lines, as written (a SUM of the subtotals), so that it
   * stays consistent with them when one of them is wrong.
   */
  private void refillGrandTotal(Table table) {
    List<Line> subtotals = table.lines.stream().filter(l -> l.kind == Line.Kind.SUBTOTAL).toList();
    for (Line line : table.lines) {
      if (line.kind == Line.Kind.TOTAL && !line.touched(REACHED)) {
        write(line, REACHED, subtotals);
      }
    }
  }
}
