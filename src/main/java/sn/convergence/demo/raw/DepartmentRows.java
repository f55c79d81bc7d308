package sn.convergence.demo.raw;

import java.util.List;
import java.util.function.Function;
import sn.convergence.demo.DemoCoverage;

/**
 * Adds one row per department fact to a table, in the layout of government files: a row number, the
 * region (written once per region block and merged down when asked, as national files do), the
 * department, and the figures (with the amount per household when the table has a unit-transfer
 * column: the budget over the households); optionally a subtotal line after each region and a total
 * line at the end (their figures are filled once the problems are injected, see {@link Totals}).
 */
final class DepartmentRows {

  /** How the rows are written. */
  record Style(
      String label,
      String organisation,
      String unit,
      Function<DemoCoverage, Value> period,
      boolean capitals,
      boolean mergeRegion,
      boolean subtotals,
      String totalLabel) {}

  private final Sources sources;

  DepartmentRows(Sources sources) {
    this.sources = sources;
  }

  void add(Table table, List<DemoCoverage> facts, Style style) {
    String region = null;
    int blockStart = -1;
    int number = 0;
    for (DemoCoverage fact : facts) {
      String factRegion = sources.names.region(fact.pcode());
      if (!factRegion.equals(region)) {
        closeBlock(table, region, blockStart, style);
        region = factRegion;
        blockStart = table.lines.size();
      }
      boolean firstOfBlock = table.lines.size() == blockStart;
      table.add(line(table, fact, style, ++number, firstOfBlock || !style.mergeRegion()));
    }
    closeBlock(table, region, blockStart, style);
    if (style.totalLabel() != null) {
      table.add(new Line(Line.Kind.TOTAL, null)).text(Col.ROW_NUMBER, style.totalLabel());
    }
  }

  private Line line(Table table, DemoCoverage fact, Style style, int number, boolean withRegion) {
    Long budget = table.has(Col.BUDGET) ? fact.budgetXof() : null;
    Line line = Line.data(Sources.exact(operation(style, fact), fact, fact.reached(), budget));
    String region = sources.names.region(fact.pcode());
    line.put(Col.ROW_NUMBER, Value.number(number));
    if (withRegion) {
      place(line, Col.REGION, region, style.capitals());
    }
    place(line, Col.DEPARTMENT, fact.pcode(), style.capitals());
    line.text(Col.ACTIVITY, style.label());
    line.text(Col.ORGANISATION, style.organisation());
    line.put(Col.PERIOD, style.period().apply(fact));
    line.text(Col.UNIT, style.unit());
    if (table.has(Col.TARGETED) && fact.planned() != null) {
      line.put(Col.TARGETED, Value.number(fact.planned()));
    }
    line.put(Col.REACHED, Value.number(fact.reached()));
    if (budget != null) {
      line.put(Col.BUDGET, Value.number(budget));
    }
    if (budget != null && table.has(Col.UNIT_TRANSFER) && fact.reached() > 0) {
      line.put(Col.UNIT_TRANSFER, Value.number(budget / fact.reached()));
    }
    if (table.has(Col.HIDDEN)) {
      line.text(Col.HIDDEN, "REF-" + fact.pcode() + "-" + fact.periodLabel());
    }
    return line;
  }

  private String operation(Style style, DemoCoverage fact) {
    return sources.operations.get(style.label());
  }

  /** Writes a place name; capitals without accents are a name variant (problem 1). */
  private void place(Line line, Col column, String pcode, boolean capitals) {
    String name = sources.names.name(pcode);
    if (!capitals) {
      line.text(column, name);
      return;
    }
    line.text(column, Gazetteer.capitals(name));
    line.mark(1, "capitals", column, name);
  }

  private void closeBlock(Table table, String region, int blockStart, Style style) {
    if (region == null) {
      return;
    }
    int last = table.lines.size() - 1;
    if (style.mergeRegion() && last > blockStart) {
      table.verticalMerges.add(new Table.VerticalMerge(Col.REGION, blockStart, last));
    }
    if (style.subtotals()) {
      String name = sources.names.name(region);
      String label = "Sous-total " + (style.capitals() ? Gazetteer.capitals(name) : name);
      table.add(new Line(Line.Kind.SUBTOTAL, null)).text(Col.ROW_NUMBER, label);
    }
  }
}
