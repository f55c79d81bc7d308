package sn.convergence.demo.raw;

import java.time.LocalDate;

/** One cell of a partner file as it is written: text, number, date, formula error or blank. */
public sealed interface Cell {

  /** The cell as a spreadsheet shows it (numbers in plain notation, dates in ISO). */
  String display();

  /** A text cell (in a CSV, every cell is text). */
  record Text(String value) implements Cell {
    @Override
    public String display() {
      return value;
    }
  }

  /** A numeric cell. */
  record Number(double value) implements Cell {
    @Override
    public String display() {
      return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
  }

  /** A numeric cell with a date format (what Excel makes of "4-5" typed in a cell). */
  record DateValue(LocalDate date) implements Cell {
    @Override
    public String display() {
      return date.toString();
    }
  }

  /** A formula whose cached result is an error ("#REF!", "#DIV/0!"). */
  record ErrorValue(String code) implements Cell {
    @Override
    public String display() {
      return code;
    }
  }

  /** An empty cell. */
  record Blank() implements Cell {
    @Override
    public String display() {
      return "";
    }
  }

  Cell BLANK = new Blank();

  static Cell text(String value) {
    return value == null || value.isEmpty() ? BLANK : new Text(value);
  }

  static Cell number(double value) {
    return new Number(value);
  }
}
