package sn.convergence.context;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import sn.convergence.context.internal.ContextCsv;
import sn.convergence.context.internal.ContextRows;
import sn.convergence.context.internal.ContextWorkbook;
import sn.convergence.geography.AdminUnits;
import sn.convergence.system.FieldViolation;
import sn.convergence.system.ValidationFailedException;

/**
 * Loads context values from a CSV file or an XLSX workbook (first sheet) with the columns {@code
 * indicator}, {@code pcode} or {@code name}, {@code year}, {@code value} and {@code source}: CSV
 * comma or semicolon separated, UTF-8, header row; XLSX header on the first non-blank row, formula
 * cells read as the result Excel cached (never evaluated). Both go through the same row checks. All
 * or nothing: any bad row refuses the whole file with one violation per problem ({@code
 * rows[<line>].<column>}, line 1 being the header in a CSV file, the sheet's row number in a
 * workbook), and nothing is saved.
 */
@Service
public class ContextImport {

  /** The most data rows one file may hold. */
  public static final int MAX_ROWS = ContextRows.MAX_ROWS;

  /** What was saved: the number of values and the indicators and years they cover. */
  public record Result(int values, Map<String, Set<Integer>> years) {}

  private final ContextIndicators context;
  private final AdminUnits adminUnits;
  private final WorkbookReader workbooks;

  ContextImport(ContextIndicators context, AdminUnits adminUnits, WorkbookReader workbooks) {
    this.context = context;
    this.adminUnits = adminUnits;
    this.workbooks = workbooks;
  }

  /** Reads, checks and saves the file's values; refuses the whole file at any bad row. */
  @Transactional
  @PreAuthorize("hasAnyRole('ADMIN','COORDINATOR')")
  public Result execute(ContextFile file) {
    ContextRows rows = read(file);
    List<FieldViolation> violations = rows.violations();
    if (!violations.isEmpty()) {
      throw new ValidationFailedException(violations);
    }
    List<ContextValue> values = rows.values();
    context.save(values);
    Map<String, Set<Integer>> years = new TreeMap<>();
    values.forEach(v -> years.computeIfAbsent(v.indicator(), k -> new TreeSet<>()).add(v.year()));
    return new Result(values.size(), years);
  }

  private ContextRows read(ContextFile file) {
    ContextRows.References references =
        new ContextRows.References(
            context.indicators().stream().map(Indicator::code).collect(Collectors.toSet()),
            adminUnits);
    return switch (file.format()) {
      case CSV -> ContextCsv.read(new String(file.content(), StandardCharsets.UTF_8), references);
      case XLSX -> ContextWorkbook.read(file.content(), references, workbooks);
      case LEGACY_XLS -> {
        ContextRows refused = new ContextRows(references, false);
        refused.unreadable(
            "unsupported_format",
            "An Excel 97-2003 (.xls) workbook: save it as .xlsx or as CSV (UTF-8)");
        yield refused;
      }
    };
  }
}
