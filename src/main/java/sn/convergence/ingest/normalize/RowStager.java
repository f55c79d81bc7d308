package sn.convergence.ingest.normalize;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import sn.convergence.geography.AdminLevel;
import sn.convergence.geography.PCode;
import sn.convergence.ingest.Field;
import sn.convergence.ingest.Issue;
import sn.convergence.ingest.IssueCode;
import sn.convergence.ingest.Period;
import sn.convergence.ingest.Quantity;
import sn.convergence.ingest.StagedRow;
import sn.convergence.ingest.UnitCell;
import sn.convergence.ingest.sheet.MappedRow;

/**
 * Normalises one mapped row: texts trimmed, numbers and period parsed, admin units resolved; every
 * value not understood becomes an issue located at the row and column. Total lines and rows outside
 * this country are kept but marked skipped, with a warning. Pure apart from the resolver it reads.
 */
public final class RowStager {

  /** Excel's limit for a cell; longer cells are refused rather than carried along. */
  public static final int MAX_CELL_LENGTH = 32_767;

  private static final int REMEMBERED_PERIODS = 2_000;
  private static final int REMEMBERED_TEXTS = 4_096;

  private final UnitCellReader units;
  private final NumberParser.Style style;
  private final String source;
  private final RecentAnswers<String, Optional<Period>> periods =
      new RecentAnswers<>(REMEMBERED_PERIODS);
  private final RecentAnswers<String, String> texts = new RecentAnswers<>(REMEMBERED_TEXTS);

  /**
   * One stager per file: it remembers the periods it read and the cell texts it saw, so that rows
   * repeating a text share one copy (files repeat them; staged rows may be kept until the end).
   */
  public RowStager(UnitCellReader units, NumberParser.Style style, String source) {
    this.units = units;
    this.style = style;
    this.source = source;
  }

  public StagedRow stage(MappedRow row) {
    Cells cells = new Cells(row, texts);
    Period period = period(cells);
    LocalDate validOn = period == null ? null : period.start();
    String country = cells.text(Field.COUNTRY).orElse(null);
    boolean home = units.isHomeCountry(country);
    UnitCell adm1 =
        home
            ? unit(cells, Field.ADM1_CODE, Field.ADM1_NAME, AdminLevel.REGION, null, validOn)
            : foreign(cells, Field.ADM1_CODE, Field.ADM1_NAME, country);
    boolean adm1Outside = adm1 != null && adm1.status() == UnitCell.Status.OUTSIDE_COUNTRY;
    UnitCell adm2 =
        home && !adm1Outside
            ? unit(
                cells,
                Field.ADM2_CODE,
                Field.ADM2_NAME,
                AdminLevel.DEPARTMENT,
                single(adm1),
                validOn)
            : foreign(
                cells, Field.ADM2_CODE, Field.ADM2_NAME, adm1Outside ? adm1.country() : country);
    StagedRow staged =
        new StagedRow(
            row.raw().sheet(),
            row.raw().rowNumber(),
            source,
            cells.kept(Field.ORGANISATION, Field.ORGANISATION_ACRONYM),
            cells.kept(Field.SECTOR),
            cells.kept(Field.ACTIVITY),
            cells.kept(Field.COUNTRY),
            adm1,
            adm2,
            cells.kept(Field.PLACE),
            quantity(cells, Field.TARGETED),
            quantity(cells, Field.REACHED),
            period,
            cells.kept(Field.STATUS),
            cells.kept(Field.BENEFICIARY),
            quantity(cells, Field.VALUE),
            quantity(cells, Field.UNIT_TRANSFER),
            cells.kept(Field.UNIT),
            cells.kept(Field.ACTIVITY_CODE),
            cells.kept(Field.SOURCE),
            false,
            cells.issues);
    return skipIfOutOfScope(row, staged);
  }

  private static PCode single(UnitCell cell) {
    return cell != null && cell.status() == UnitCell.Status.MATCHED ? cell.pcodes().get(0) : null;
  }

  /** A unit cell of a row already known to be in another country: not resolved here. */
  private static UnitCell foreign(Cells cells, Field codeField, Field nameField, String country) {
    if (!cells.row.mapping().has(codeField) && !cells.row.mapping().has(nameField)) {
      return null;
    }
    String text = cells.text(codeField).or(() -> cells.text(nameField)).orElse("");
    return text.isEmpty() ? UnitCell.blank() : UnitCell.outside(text, country);
  }

  private StagedRow skipIfOutOfScope(MappedRow row, StagedRow staged) {
    Optional<String> total = TotalRows.marker(row.raw());
    if (total.isPresent()) {
      return staged.skip(Issue.of(IssueCode.TOTAL_ROW, staged.at(null), total.get()));
    }
    if (!units.isHomeCountry(staged.country())) {
      return staged.skip(
          Issue.of(
              IssueCode.UNIT_OUTSIDE_COUNTRY,
              staged.at(row.label(Field.COUNTRY)),
              staged.country(),
              staged.country()));
    }
    for (UnitCell cell : new UnitCell[] {staged.adm1(), staged.adm2()}) {
      if (cell != null && cell.status() == UnitCell.Status.OUTSIDE_COUNTRY) {
        Field field = cell == staged.adm1() ? Field.ADM1_NAME : Field.ADM2_NAME;
        return staged.skip(
            Issue.of(
                IssueCode.UNIT_OUTSIDE_COUNTRY,
                staged.at(row.label(field)),
                cell.raw(),
                cell.country()));
      }
    }
    return staged;
  }

  private Period period(Cells cells) {
    Period period = parsePeriod(cells, Field.PERIOD);
    Period start = parsePeriod(cells, Field.START_DATE);
    Period end = parsePeriod(cells, Field.END_DATE);
    if (start != null) {
      return end == null ? start : start.through(end);
    }
    return period != null ? period : end;
  }

  private Period parsePeriod(Cells cells, Field field) {
    Optional<String> text = cells.text(field);
    if (text.isEmpty()) {
      return null;
    }
    Optional<Period> period = periods.get(text.get(), PeriodParser::parse);
    if (period.isEmpty()) {
      cells.issue(IssueCode.PERIOD_INVALID, field, text.get());
    }
    return period.orElse(null);
  }

  private UnitCell unit(
      Cells cells, Field codeField, Field nameField, AdminLevel level, PCode parent, LocalDate on) {
    if (!cells.row.mapping().has(codeField) && !cells.row.mapping().has(nameField)) {
      return null;
    }
    Field field = cells.text(codeField).isPresent() ? codeField : nameField;
    String text = cells.text(field).orElse("");
    UnitCell cell = units.read(text, level, parent, on);
    if (parent != null && cell.status() != UnitCell.Status.MATCHED && !text.isEmpty()) {
      UnitCell anywhere = units.read(text, level, null, on);
      if (anywhere.status() == UnitCell.Status.MATCHED) {
        cells.issue(IssueCode.UNIT_WRONG_PARENT, field, text, parent.value());
        cell = anywhere;
      }
    }
    reportUnit(cells, field, cell);
    return cell;
  }

  private static void reportUnit(Cells cells, Field field, UnitCell cell) {
    String suggestions = String.join(", ", cell.suggestions());
    Issue issue =
        switch (cell.status()) {
          case AMBIGUOUS -> cells.issue(IssueCode.UNIT_AMBIGUOUS, field, cell.raw(), suggestions);
          case UNCERTAIN -> cells.issue(IssueCode.UNIT_UNCERTAIN, field, cell.raw(), suggestions);
          case UNKNOWN -> cells.issue(IssueCode.UNIT_UNKNOWN, field, cell.raw());
          case MULTIPLE ->
              cells.issue(IssueCode.UNIT_MULTIPLE, field, cell.raw(), pcodes(cell.pcodes()));
          default -> null;
        };
    if (issue != null && !cell.suggestions().isEmpty()) {
      cells.replaceLast(issue.withSuggestion(cell.suggestions().get(0)));
    }
  }

  private static String pcodes(List<PCode> pcodes) {
    return String.join(", ", pcodes.stream().map(PCode::value).toList());
  }

  private Quantity quantity(Cells cells, Field field) {
    if (!cells.row.mapping().has(field)) {
      return null;
    }
    String text = cells.text(field).orElse("");
    Quantity quantity = NumberParser.parse(text, style);
    if (quantity.missing() != null) {
      switch (quantity.missing()) {
        case NOT_AVAILABLE -> cells.issue(IssueCode.NUMBER_NOT_AVAILABLE, field, text);
        case FORMULA_ERROR -> cells.issue(IssueCode.NUMBER_FORMULA_ERROR, field, text);
        case FREE_TEXT -> cells.issue(IssueCode.NUMBER_FREE_TEXT, field, text);
        case INVALID -> cells.issue(IssueCode.NUMBER_INVALID, field, text);
        default -> {}
      }
    } else if (quantity.approximate()) {
      cells.issue(IssueCode.NUMBER_APPROXIMATE, field, text, quantity.value().toPlainString());
    }
    return quantity;
  }

  /** The row's mapped cells with their issues, refusing cells longer than Excel allows. */
  private static final class Cells {
    private final MappedRow row;
    private final RecentAnswers<String, String> texts;
    private final List<Issue> issues = new ArrayList<>();

    Cells(MappedRow row, RecentAnswers<String, String> texts) {
      this.row = row;
      this.texts = texts;
      for (Field field : row.mapping().columns().keySet()) {
        int length = row.value(field).length();
        if (length > MAX_CELL_LENGTH) {
          issue(IssueCode.CELL_TOO_LONG, field, length);
        }
      }
    }

    Optional<String> text(Field field) {
      String value = row.value(field);
      return value.isEmpty() || value.length() > MAX_CELL_LENGTH
          ? Optional.empty()
          : Optional.of(value);
    }

    /**
     * The text the staged row keeps for a field (the first of the fields that has one), null when
     * none: one copy shared by the rows that repeat it.
     */
    String kept(Field... fields) {
      for (Field field : fields) {
        Optional<String> text = text(field);
        if (text.isPresent()) {
          return texts.get(text.get(), shared -> shared);
        }
      }
      return null;
    }

    Issue issue(IssueCode code, Field field, Object... args) {
      Issue issue =
          Issue.of(
              code,
              new Issue.Location(row.raw().sheet(), row.raw().rowNumber(), row.label(field)),
              args);
      issues.add(issue);
      return issue;
    }

    void replaceLast(Issue issue) {
      issues.set(issues.size() - 1, issue);
    }
  }
}
