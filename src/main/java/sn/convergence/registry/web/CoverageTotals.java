package sn.convergence.registry.web;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import sn.convergence.registry.BeneficiaryUnit;
import sn.convergence.registry.Coverage;
import sn.convergence.registry.Figures;

/**
 * Sums of an intervention's coverage rows, one line per beneficiary unit: households and people (or
 * pupils and schools) are counts of different things and are never added together. Budgets are all
 * XOF, so they have one total. Rows of different periods and levels are summed as they are, which
 * is what the page labels them as.
 */
final class CoverageTotals {

  /**
   * The sums of one beneficiary unit; {@code plannedKnown} and {@code reachedKnown} count the rows
   * that gave the figure, so that a sum of nothing is shown as unknown rather than 0.
   */
  record Line(BeneficiaryUnit unit, int rows, Figures figures, int plannedKnown, int reachedKnown) {

    Long planned() {
      return plannedKnown == 0 ? null : figures.planned();
    }

    Long reached() {
      return reachedKnown == 0 ? null : figures.reached();
    }

    Line plus(Coverage row) {
      return new Line(
          unit,
          rows + 1,
          figures.plus(row.planned(), row.reached()),
          plannedKnown + (row.planned() == null ? 0 : 1),
          reachedKnown + (row.reached() == null ? 0 : 1));
    }
  }

  private CoverageTotals() {}

  /** One line per unit present, in the enumeration's order. */
  static List<Line> byUnit(List<Coverage> rows) {
    Map<BeneficiaryUnit, Line> lines = new EnumMap<>(BeneficiaryUnit.class);
    for (Coverage row : rows) {
      Line none = new Line(row.unit(), 0, new Figures(0, 0), 0, 0);
      lines.put(row.unit(), lines.getOrDefault(row.unit(), none).plus(row));
    }
    return List.copyOf(lines.values());
  }

  /** The sum of known budgets, null when no row gives one. */
  static Long budget(List<Coverage> rows) {
    return rows.stream()
        .map(Coverage::budgetXof)
        .filter(java.util.Objects::nonNull)
        .reduce(Long::sum)
        .orElse(null);
  }
}
