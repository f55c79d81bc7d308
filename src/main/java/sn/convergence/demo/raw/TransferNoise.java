package sn.convergence.demo.raw;

import static sn.convergence.demo.raw.Col.BUDGET;
import static sn.convergence.demo.raw.Col.REACHED;
import static sn.convergence.demo.raw.Col.UNIT_TRANSFER;

import java.util.List;

/**
 * Problem 11, second half (demo spec, section 6: "budget ≠ households × unit transfer"): in tables
 * that give the amount per household, where the truth makes the budget exactly households × that
 * amount, about {@value #SHARE_PERCENT}% of the rows (at least one) get a budget {@value
 * #MIN_OFF_PERCENT} to {@value #MAX_OFF_PERCENT}% off, rounded to the thousand francs. Only rows
 * whose households, budget and transfer are still plain exact figures in XOF are chosen, so that
 * the import can tell. Runs after the number formats and before the totals are filled, so totals
 * sum the budgets as written.
 */
final class TransferNoise {

  static final int SHARE_PERCENT = 5;
  static final int MIN_OFF_PERCENT = 4;
  static final int MAX_OFF_PERCENT = 15;

  private final Noise noise;

  TransferNoise(Noise noise) {
    this.noise = noise;
  }

  void budgetMismatches() {
    List<Noise.Slot> candidates = noise.candidates("budget-mismatch", this::decidable);
    long rows = noise.slots.stream().filter(s -> s.table().has(UNIT_TRANSFER)).count();
    int target = (int) Math.max(1, Math.round(rows * SHARE_PERCENT / 100.0));
    Draws draws = noise.draws("budget-mismatch");
    for (Noise.Slot slot : Noise.first(candidates, target)) {
      Line line = slot.line();
      long budget = line.get(BUDGET).reads().longValue();
      double off =
          draws.between(MIN_OFF_PERCENT / 100.0, MAX_OFF_PERCENT / 100.0)
              * (draws.chance(0.5) ? 1 : -1);
      long wrong = Math.round(budget * (1 + off) / 1_000) * 1_000;
      line.inject(11, "budget_mismatch", BUDGET, Value.number(wrong));
      line.traits.add(Line.Trait.PROTECTED_BUDGET);
    }
  }

  /** A row whose budget, households and transfer are exact, untouched and in XOF. */
  private boolean decidable(Noise.Slot slot) {
    Line line = slot.line();
    return slot.table().has(UNIT_TRANSFER)
        && line.truth != null
        && !line.traits.contains(Line.Trait.DUPLICATE)
        && !line.traits.contains(Line.Trait.PROTECTED_BUDGET)
        && !line.traits.contains(Line.Trait.PROTECTED_REACHED)
        && plain(line, BUDGET)
        && plain(line, REACHED)
        && plain(line, UNIT_TRANSFER)
        && line.marks.isEmpty();
  }

  private static boolean plain(Line line, Col column) {
    Value value = line.get(column);
    return !line.touched(column)
        && value.exact()
        && value.reads().signum() > 0
        && (value.currency() == null || value.currency().equals("XOF"))
        && !(value.cell() instanceof Cell.Text);
  }
}
