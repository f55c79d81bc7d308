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

  /** The sums of one beneficiary unit. */
  record Line(BeneficiaryUnit unit, int rows, Figures figures) {}

  private CoverageTotals() {}

  /** One line per unit present, in the enumeration's order. */
  static List<Line> byUnit(List<Coverage> rows) {
    Map<BeneficiaryUnit, Figures> figures = new EnumMap<>(BeneficiaryUnit.class);
    Map<BeneficiaryUnit, Integer> counts = new EnumMap<>(BeneficiaryUnit.class);
    for (Coverage row : rows) {
      figures.merge(
          row.unit(), new Figures(0, 0).plus(row.planned(), row.reached()), CoverageTotals::add);
      counts.merge(row.unit(), 1, Integer::sum);
    }
    return figures.entrySet().stream()
        .map(e -> new Line(e.getKey(), counts.get(e.getKey()), e.getValue()))
        .toList();
  }

  /** The sum of known budgets, null when no row gives one. */
  static Long budget(List<Coverage> rows) {
    return rows.stream()
        .map(Coverage::budgetXof)
        .filter(java.util.Objects::nonNull)
        .reduce(Long::sum)
        .orElse(null);
  }

  private static Figures add(Figures a, Figures b) {
    return a.plus(b.planned(), b.reached());
  }
}
