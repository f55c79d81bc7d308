package sn.convergence.demo.raw;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One row of a table being built: data, subtotal or total; its cells by logical column, its truth
 * (data rows only), the problems injected in it, and the traits that later injections respect (a
 * row whose place is already broken is not given another place problem).
 */
final class Line {

  enum Kind {
    DATA,
    SUBTOTAL,
    TOTAL
  }

  /** What an injection did to the row, so that others can avoid undoing or hiding it. */
  enum Trait {
    PLACE_BROKEN,
    PERIOD_BROKEN,
    PROTECTED_REACHED,
    PROTECTED_BUDGET,
    DUPLICATE
  }

  /** One injected problem, before the layout gives it a row number and a column header. */
  record Mark(int problem, String kind, Col column, String original, String injected) {}

  final Kind kind;
  final Map<Col, Value> cells = new EnumMap<>(Col.class);
  final List<Mark> marks = new ArrayList<>();
  final Set<Trait> traits = EnumSet.noneOf(Trait.class);
  final Truth truth;

  Line(Kind kind, Truth truth) {
    this.kind = kind;
    this.truth = truth;
  }

  static Line data(Truth truth) {
    return new Line(Kind.DATA, truth);
  }

  Line put(Col column, Value value) {
    cells.put(column, value);
    return this;
  }

  Line text(Col column, String text) {
    return put(column, Value.text(text));
  }

  Value get(Col column) {
    return cells.getOrDefault(column, Value.text(""));
  }

  String display(Col column) {
    return get(column).display();
  }

  boolean isData() {
    return kind == Kind.DATA;
  }

  /** True when a problem was already injected in that cell. */
  boolean touched(Col column) {
    return marks.stream().anyMatch(m -> m.column() == column);
  }

  boolean has(int problem) {
    return marks.stream().anyMatch(m -> m.problem() == problem);
  }

  /** Replaces a cell and logs the problem. */
  void inject(int problem, String kind, Col column, Value value) {
    String original = display(column);
    cells.put(column, value);
    marks.add(new Mark(problem, kind, column, original, value.display()));
  }

  /** Logs a problem that the row carries as built (a format trait, a duplicate). */
  void mark(int problem, String kind, Col column, String original) {
    marks.add(new Mark(problem, kind, column, original, column == null ? "" : display(column)));
  }
}
