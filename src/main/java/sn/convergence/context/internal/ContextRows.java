package sn.convergence.context.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import sn.convergence.context.ContextValue;
import sn.convergence.geography.AdminUnit;
import sn.convergence.geography.AdminUnits;
import sn.convergence.geography.PCode;
import sn.convergence.geography.Resolution;
import sn.convergence.geography.ResolveQuery;
import sn.convergence.system.FieldViolation;

/**
 * The rows of a context table, whatever file they came from (CSV or XLSX): the header once, then
 * the data rows with their line number (1-based, as the file shows it). Each row becomes a value or
 * violations named {@code rows[<line>].<column>}; file-level problems are named {@code file} or
 * {@code columns}. Readers stop when {@link #header} or {@link #row} returns false: a missing
 * column, more than {@link #MAX_ROWS} rows or {@value #MAX_VIOLATIONS} violations.
 */
public final class ContextRows {

  /** The most data rows one file may hold. */
  public static final int MAX_ROWS = 100_000;

  static final int MAX_VIOLATIONS = 200;

  /** What a row is checked against: the known indicator codes and the administrative units. */
  public record References(Set<String> indicators, AdminUnits adminUnits) {}

  private final References references;
  private final boolean decimalComma;
  private final List<ContextValue> values = new ArrayList<>();
  private final List<FieldViolation> violations = new ArrayList<>();
  private Map<String, Integer> columns;
  private int dataRows;

  /**
   * @param decimalComma whether a value without a point may use a comma as its decimal separator
   *     (semicolon-separated CSV, as French spreadsheets export it)
   */
  public ContextRows(References references, boolean decimalComma) {
    this.references = references;
    this.decimalComma = decimalComma;
  }

  /** Reads the column names (case and surrounding spaces ignored); false when one is missing. */
  public boolean header(List<String> names) {
    columns = new HashMap<>();
    for (int i = 0; i < names.size(); i++) {
      columns.putIfAbsent(names.get(i).strip().toLowerCase(Locale.ROOT), i);
    }
    for (String required : List.of("indicator", "year", "value", "source")) {
      if (!columns.containsKey(required)) {
        violations.add(
            new FieldViolation("columns", "missing_column", "Missing column: " + required));
      }
    }
    if (!columns.containsKey("pcode") && !columns.containsKey("name")) {
      violations.add(
          new FieldViolation("columns", "missing_column", "Missing column: pcode or name"));
    }
    return violations.isEmpty();
  }

  /** Reads one data row; false when reading should stop. */
  public boolean row(int line, List<String> cells) {
    if (++dataRows > MAX_ROWS) {
      violations.add(
          new FieldViolation("file", "too_many_rows", "More than " + MAX_ROWS + " rows"));
      return false;
    }
    new Row(line, cells).read();
    return violations.size() < MAX_VIOLATIONS;
  }

  /** Records that the file could not be read at all. */
  public void unreadable(String code, String message) {
    violations.add(new FieldViolation("file", code, message));
  }

  /** Every violation found, with one for a file without any data row. */
  public List<FieldViolation> violations() {
    if (values.isEmpty() && violations.isEmpty()) {
      violations.add(new FieldViolation("file", "empty", "The file has no data row"));
    }
    return List.copyOf(violations);
  }

  /** The values read, in file order; meaningful only when there is no violation. */
  public List<ContextValue> values() {
    return List.copyOf(values);
  }

  /** One data row read into a value, or into violations. */
  private final class Row {

    private final List<String> cells;
    private final String prefix;

    Row(int line, List<String> cells) {
      this.cells = cells;
      this.prefix = "rows[" + line + "].";
    }

    void read() {
      int before = violations.size();
      String indicator = cell("indicator");
      if (!references.indicators().contains(indicator)) {
        violation("indicator", "unknown_indicator", "Unknown indicator: " + indicator);
      }
      PCode pcode = unit();
      Integer year = year();
      Double value = value();
      String source = cell("source");
      if (source.isEmpty()) {
        violation("source", "required", "The source is required");
      }
      if (violations.size() == before) {
        values.add(new ContextValue(indicator, pcode, year, value, source, false));
      }
    }

    private PCode unit() {
      String code = cell("pcode");
      if (!code.isEmpty()) {
        PCode pcode = PCode.looksLike(code) ? PCode.of(code) : null;
        if (pcode == null || references.adminUnits().find(pcode).isEmpty()) {
          violation("pcode", "unknown_pcode", "Unknown P-code: " + code);
        }
        return pcode;
      }
      String name = cell("name");
      if (name.isEmpty()) {
        violation("pcode", "required", "Give a P-code or a name");
        return null;
      }
      Resolution resolution = references.adminUnits().resolve(ResolveQuery.of(name));
      if (resolution.match().isPresent()) {
        return resolution.match().map(AdminUnit::pcode).orElseThrow();
      }
      List<String> candidates =
          resolution.candidates().stream()
              .limit(3)
              .map(c -> c.unit().name() + " (" + c.unit().pcode().value() + ")")
              .toList();
      violation(
          "name",
          resolution.status() == Resolution.Status.AMBIGUOUS ? "ambiguous_name" : "unresolved_name",
          "Cannot resolve \""
              + name
              + "\""
              + (candidates.isEmpty() ? "" : "; candidates: " + String.join(", ", candidates)));
      return null;
    }

    private Integer year() {
      String text = cell("year");
      if (text.matches("\\d{4}")) {
        int year = Integer.parseInt(text);
        if (year >= 1950 && year <= 2100) {
          return year;
        }
      }
      violation("year", "invalid_year", "Not a year between 1950 and 2100: " + text);
      return null;
    }

    private Double value() {
      String text = cell("value").replace("\u00a0", "").replace("\u202f", "").replace(" ", "");
      if (decimalComma && text.indexOf('.') < 0) {
        text = text.replace(',', '.');
      }
      try {
        double value = Double.parseDouble(text);
        if (Double.isFinite(value) && !text.isEmpty()) {
          return value;
        }
      } catch (NumberFormatException e) {
        // reported below
      }
      violation("value", "invalid_value", "Not a number: " + cell("value"));
      return null;
    }

    private String cell(String column) {
      Integer index = columns.get(column);
      return index == null || index >= cells.size() ? "" : cells.get(index).strip();
    }

    private void violation(String column, String code, String message) {
      violations.add(new FieldViolation(prefix + column, code, message));
    }
  }
}
