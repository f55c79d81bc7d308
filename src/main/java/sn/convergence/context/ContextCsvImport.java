package sn.convergence.context;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import sn.convergence.geography.AdminUnit;
import sn.convergence.geography.AdminUnits;
import sn.convergence.geography.PCode;
import sn.convergence.geography.Resolution;
import sn.convergence.geography.ResolveQuery;
import sn.convergence.system.FieldViolation;
import sn.convergence.system.ValidationFailedException;

/**
 * Loads context values from a CSV file with the columns {@code indicator}, {@code pcode} or {@code
 * name}, {@code year}, {@code value} and {@code source} (comma or semicolon separated, UTF-8,
 * header row). All or nothing: any bad row refuses the whole file with one violation per problem
 * ({@code rows[<line>].<column>}, line 1 being the header), and nothing is saved.
 */
@Service
public class ContextCsvImport {

  /** The most rows one file may hold. */
  public static final int MAX_ROWS = 100_000;

  private static final int MAX_VIOLATIONS = 200;

  /** What was saved: the number of values and the indicators and years they cover. */
  public record Result(int values, Map<String, Set<Integer>> years) {}

  private final ContextIndicators context;
  private final AdminUnits adminUnits;

  ContextCsvImport(ContextIndicators context, AdminUnits adminUnits) {
    this.context = context;
    this.adminUnits = adminUnits;
  }

  /** Reads, checks and saves the file's values; refuses the whole file at the first bad row. */
  @Transactional
  @PreAuthorize("hasAnyRole('ADMIN','COORDINATOR')")
  public Result execute(String csv) {
    List<ContextValue> values = new ArrayList<>();
    List<FieldViolation> violations = new ArrayList<>();
    read(csv, values, violations);
    if (!violations.isEmpty()) {
      throw new ValidationFailedException(violations);
    }
    context.save(values);
    Map<String, Set<Integer>> years = new TreeMap<>();
    values.forEach(v -> years.computeIfAbsent(v.indicator(), k -> new TreeSet<>()).add(v.year()));
    return new Result(values.size(), years);
  }

  private void read(String csv, List<ContextValue> values, List<FieldViolation> violations) {
    String text = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
    String firstLine = text.lines().findFirst().orElse("");
    char separator = count(firstLine, ';') > count(firstLine, ',') ? ';' : ',';
    CSVFormat format =
        CSVFormat.RFC4180
            .builder()
            .setDelimiter(separator)
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .setTrim(true)
            .get();
    try (CSVParser parser = CSVParser.parse(text, format)) {
      Map<String, String> columns = columns(parser.getHeaderNames(), violations);
      if (!violations.isEmpty()) {
        return;
      }
      Set<String> indicators = new TreeSet<>();
      context.indicators().forEach(i -> indicators.add(i.code()));
      for (CSVRecord record : parser) {
        if (record.getRecordNumber() > MAX_ROWS) {
          violations.add(
              new FieldViolation("file", "too_many_rows", "More than " + MAX_ROWS + " rows"));
          return;
        }
        new RowReader(record, columns, separator, indicators).read(values, violations);
        if (violations.size() >= MAX_VIOLATIONS) {
          return;
        }
      }
      if (values.isEmpty() && violations.isEmpty()) {
        violations.add(new FieldViolation("file", "empty", "The file has no data row"));
      }
    } catch (IOException | IllegalArgumentException | IllegalStateException e) {
      violations.add(
          new FieldViolation("file", "unreadable", "Not a readable CSV file: " + e.getMessage()));
    }
  }

  /** Column name (lower case) to header as written; violations for missing columns. */
  private static Map<String, String> columns(List<String> header, List<FieldViolation> violations) {
    Map<String, String> columns = new TreeMap<>();
    header.forEach(h -> columns.put(h.strip().toLowerCase(Locale.ROOT), h));
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
    return columns;
  }

  private static int count(String text, char c) {
    return (int) text.chars().filter(x -> x == c).count();
  }

  /** Reads one record into a value, or into violations. */
  private final class RowReader {

    private final CSVRecord record;
    private final Map<String, String> columns;
    private final char separator;
    private final Set<String> indicators;
    private final String prefix;

    RowReader(
        CSVRecord record, Map<String, String> columns, char separator, Set<String> indicators) {
      this.record = record;
      this.columns = columns;
      this.separator = separator;
      this.indicators = indicators;
      this.prefix = "rows[" + (record.getRecordNumber() + 1) + "].";
    }

    void read(List<ContextValue> values, List<FieldViolation> violations) {
      int before = violations.size();
      String indicator = cell("indicator");
      if (!indicators.contains(indicator)) {
        violations.add(
            violation("indicator", "unknown_indicator", "Unknown indicator: " + indicator));
      }
      PCode pcode = unit(violations);
      Integer year = year(violations);
      Double value = value(violations);
      String source = cell("source");
      if (source.isEmpty()) {
        violations.add(violation("source", "required", "The source is required"));
      }
      if (violations.size() == before) {
        values.add(new ContextValue(indicator, pcode, year, value, source, false));
      }
    }

    private PCode unit(List<FieldViolation> violations) {
      String code = cell("pcode");
      if (!code.isEmpty()) {
        PCode pcode = PCode.looksLike(code) ? PCode.of(code) : null;
        if (pcode == null || adminUnits.find(pcode).isEmpty()) {
          violations.add(violation("pcode", "unknown_pcode", "Unknown P-code: " + code));
        }
        return pcode;
      }
      String name = cell("name");
      if (name.isEmpty()) {
        violations.add(violation("pcode", "required", "Give a P-code or a name"));
        return null;
      }
      Resolution resolution = adminUnits.resolve(ResolveQuery.of(name));
      if (resolution.match().isPresent()) {
        return resolution.match().map(AdminUnit::pcode).orElseThrow();
      }
      List<String> candidates =
          resolution.candidates().stream()
              .limit(3)
              .map(c -> c.unit().name() + " (" + c.unit().pcode().value() + ")")
              .toList();
      String code2 =
          resolution.status() == Resolution.Status.AMBIGUOUS ? "ambiguous_name" : "unresolved_name";
      violations.add(
          violation(
              "name",
              code2,
              "Cannot resolve \""
                  + name
                  + "\""
                  + (candidates.isEmpty()
                      ? ""
                      : "; candidates: " + String.join(", ", candidates))));
      return null;
    }

    private Integer year(List<FieldViolation> violations) {
      String text = cell("year");
      if (text.matches("\\d{4}")) {
        int year = Integer.parseInt(text);
        if (year >= 1950 && year <= 2100) {
          return year;
        }
      }
      violations.add(
          violation("year", "invalid_year", "Not a year between 1950 and 2100: " + text));
      return null;
    }

    private Double value(List<FieldViolation> violations) {
      String text = cell("value").replace("\u00a0", "").replace("\u202f", "").replace(" ", "");
      if (separator == ';' && text.indexOf('.') < 0) {
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
      violations.add(violation("value", "invalid_value", "Not a number: " + cell("value")));
      return null;
    }

    private String cell(String column) {
      String header = columns.get(column);
      if (header == null || !record.isMapped(header) || !record.isSet(header)) {
        return "";
      }
      return record.get(header).strip();
    }

    private FieldViolation violation(String column, String code, String message) {
      return new FieldViolation(prefix + column, code, message);
    }
  }
}
