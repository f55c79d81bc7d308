package sn.convergence.demo.raw;

import java.math.BigDecimal;

/**
 * A logical cell: what is written, and what a correct reader gets from it ({@code reads}, null when
 * no number can be read), whether that reading is approximate, and the currency the cell names
 * (null when it names none). Text cells that are not numbers have a null {@code reads}.
 */
record Value(Cell cell, BigDecimal reads, boolean approximate, String currency) {

  static Value text(String text) {
    return new Value(Cell.text(text), null, false, null);
  }

  static Value number(long value) {
    return new Value(Cell.number(value), BigDecimal.valueOf(value), false, null);
  }

  static Value number(double value) {
    return new Value(Cell.number(value), BigDecimal.valueOf(value), false, null);
  }

  /** A number written as text that reads as {@code reads}. */
  static Value numberText(String text, BigDecimal reads, String currency) {
    return new Value(Cell.text(text), reads, false, currency);
  }

  static Value approximate(String text, BigDecimal reads) {
    return new Value(Cell.text(text), reads, true, null);
  }

  /** A cell that holds no readable number ("n.d.", "#REF!", "voir rapport"). */
  static Value unreadable(Cell cell) {
    return new Value(cell, null, false, null);
  }

  String display() {
    return cell.display();
  }

  /** True when the cell reads as an exact number (in any currency). */
  boolean exact() {
    return reads != null && !approximate;
  }
}
