package sn.convergence.demo.raw;

import static sn.convergence.demo.raw.Col.BUDGET;
import static sn.convergence.demo.raw.Col.REACHED;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import sn.convergence.demo.raw.Noise.Slot;

/**
 * Problems that the import finds by comparing rows, placed first so that later problems leave the
 * compared figures alone: conflicting values for one fact from two sources (problem 15) and budgets
 * of another type in an annual series (12).
 */
final class PairedNoise {

  private final Noise noise;

  PairedNoise(Noise noise) {
    this.noise = noise;
  }

  /**
   * Problem 15: one figure of a fact stated by one row in each of two files (WFP and MEN-DCaS for
   * 2019/2020, a conseil départemental and MEN-DCaS for 2021/2022), with a digit dropped on one
   * side; a few other pairs are rounded on one side only (problem 6, not a conflict). Both rows of
   * every pair keep their figure and period untouched by later problems.
   */
  void conflicts() {
    Map<String, List<Slot>> statements = new LinkedHashMap<>();
    for (Slot slot : noise.slots) {
      Truth truth = slot.line().truth;
      if (truth != null
          && truth.pcodes().size() == 1
          && truth.dupKeys().size() == 1
          && !truth.part()
          && slot.line().traits.contains(Line.Trait.DUPLICATE)) {
        statements
            .computeIfAbsent(truth.dupKeys().get(0) + "|" + truth.unit(), k -> new ArrayList<>())
            .add(slot);
      }
    }
    List<Line[]> pairs = new ArrayList<>();
    for (List<Slot> same : statements.values()) {
      if (same.size() == 2 && !same.get(0).file().name.equals(same.get(1).file().name)) {
        pairs.add(new Line[] {same.get(0).line(), same.get(1).line()});
      }
    }
    Draws draws = noise.draws("conflicts");
    pairs = draws.shuffled(pairs);
    long facts =
        noise.slots.stream()
            .filter(s -> s.line().truth != null)
            .flatMap(s -> s.line().truth.facts().stream())
            .distinct()
            .count();
    int target = (int) Math.round(0.02 * facts);
    int conflicts = 0;
    int rounded = 0;
    for (int i = 0; i < pairs.size(); i++) {
      Line[] pair = pairs.get(i);
      pair[0].traits.add(Line.Trait.PROTECTED_REACHED);
      pair[1].traits.add(Line.Trait.PROTECTED_REACHED);
      Line changed = pair[i % 2];
      Line other = pair[(i + 1) % 2];
      long value = changed.truth.reached();
      if (conflicts < target && value >= 10) {
        changed.inject(15, "dropped_digit", REACHED, Value.number(dropDigit(value, draws)));
        other.mark(15, "conflict_counterpart", REACHED, changed.display(REACHED));
        conflicts++;
      } else if (rounded < 4 && value >= 1000 && value % 100 != 0) {
        long roundedValue = Math.round(value / 100.0) * 100;
        changed.inject(6, "rounded_copy", REACHED, Value.number(roundedValue));
        rounded++;
      }
    }
  }

  /**
   * Problem 12: in files with a budget per place and year, one year given as the total since the
   * start (or of the whole project) in the annual column, where that total is at least three times
   * the other years' median. The series keeps its other budgets untouched.
   */
  void budgetTypes() {
    Map<String, List<Slot>> series = new LinkedHashMap<>();
    for (Slot slot : noise.slots) {
      Line line = slot.line();
      if (slot.file().budgetSeries && line.truth != null && line.get(BUDGET).exact()) {
        String key =
            slot.file().name + "|" + line.display(Col.ACTIVITY) + "|" + line.truth.pcodes();
        series.computeIfAbsent(key, k -> new ArrayList<>()).add(slot);
      }
    }
    List<Slot[]> eligible = new ArrayList<>();
    for (List<Slot> lines : series.values()) {
      if (lines.size() >= 3) {
        List<Slot> sorted =
            lines.stream().sorted(Comparator.comparingInt(s -> s.line().truth.year())).toList();
        eligible.add(sorted.toArray(Slot[]::new));
      }
    }
    int target = (int) Math.round(0.10 * budgetCells());
    int done = 0;
    for (Slot[] run : noise.draws("budget-types").shuffled(eligible)) {
      if (done >= target) {
        break;
      }
      int at = run.length - 1;
      boolean projectTotal = run[0].file().name.startsWith("CD_");
      BigDecimal total = BigDecimal.ZERO;
      for (int i = 0; i <= (projectTotal ? run.length - 1 : at); i++) {
        total = total.add(run[i].line().get(BUDGET).reads());
      }
      List<BigDecimal> others = new ArrayList<>();
      for (int i = 0; i < run.length; i++) {
        if (i != at) {
          others.add(run[i].line().get(BUDGET).reads());
        }
      }
      if (total.compareTo(median(others).multiply(BigDecimal.valueOf(3))) < 0) {
        continue;
      }
      Line line = run[at].line();
      Value value =
          line.get(BUDGET).cell() instanceof Cell.Text
              ? Value.numberText(Numbers.grouped(total.longValue(), ' ') + " FCFA", total, "XOF")
              : Value.number(total.longValue());
      line.inject(12, projectTotal ? "project_total" : "cumulative", BUDGET, value);
      for (Slot slot : run) {
        slot.line().traits.add(Line.Trait.PROTECTED_BUDGET);
      }
      done++;
    }
  }

  private int budgetCells() {
    return (int) noise.slots.stream().filter(s -> s.line().get(BUDGET).reads() != null).count();
  }

  private static long dropDigit(long value, Draws draws) {
    String digits = Long.toString(value);
    int at = draws.intBetween(1, digits.length() - 1);
    return Long.parseLong(digits.substring(0, at) + digits.substring(at + 1));
  }

  static BigDecimal median(List<BigDecimal> values) {
    List<BigDecimal> sorted = values.stream().sorted().toList();
    int n = sorted.size();
    return n % 2 == 1
        ? sorted.get(n / 2)
        : sorted.get(n / 2 - 1).add(sorted.get(n / 2)).divide(BigDecimal.valueOf(2));
  }
}
