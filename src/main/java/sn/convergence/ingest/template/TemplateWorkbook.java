package sn.convergence.ingest.template;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import sn.convergence.ingest.ExchangeColumn;
import sn.convergence.ingest.export.RegistryRows;

/**
 * Builds the import template workbook: a data sheet with the {@link ExchangeColumn} French headers
 * (row 1), their HXL hashtags (row 2) and one worked example (row 3), drop-down lists on the coded
 * columns for the first {@value #DATA_ROWS} data rows (warning only, so multi-unit cells and other
 * spellings stay possible), a lists sheet the drop-downs refer to through named ranges, and an
 * instructions sheet in French then English. Pure apart from POI.
 */
public final class TemplateWorkbook {

  public static final String DATA_SHEET = "Données";
  public static final String LISTS_SHEET = "Listes";
  public static final String INSTRUCTIONS_SHEET = "Instructions";
  public static final int DATA_ROWS = 5_000;
  private static final int PARAGRAPH_CHARS = 140;

  /** The wording of the template in one language: the message a key names. */
  @FunctionalInterface
  public interface Texts {
    String text(String key, Locale locale);
  }

  /** One list of the lists sheet: its named range, its heading keys and what it shows. */
  private record ListColumn(
      String range,
      String labelRange,
      String codeKey,
      String labelKey,
      Function<TemplateLists, List<TemplateLists.Entry>> entries) {}

  private static final List<ListColumn> LISTS =
      List.of(
          new ListColumn(
              "Types",
              "TypesLibelles",
              "template.lists.types",
              "template.lists.typeLabels",
              TemplateLists::types),
          new ListColumn(
              "GroupesCibles",
              "GroupesCiblesLibelles",
              "template.lists.targetGroups",
              "template.lists.targetGroupLabels",
              TemplateLists::targetGroups),
          new ListColumn(
              "Unites",
              "UnitesLibelles",
              "template.lists.units",
              "template.lists.unitLabels",
              TemplateLists::units),
          new ListColumn(
              "RegionsCodes",
              "RegionsNoms",
              "template.lists.regionCodes",
              "template.lists.regionNames",
              TemplateLists::regions),
          new ListColumn(
              "DepartementsCodes",
              "DepartementsNoms",
              "template.lists.departmentCodes",
              "template.lists.departmentNames",
              TemplateLists::departments),
          new ListColumn(
              "Statuts",
              "StatutsLibelles",
              "template.lists.statuses",
              "template.lists.statusLabels",
              TemplateLists::statuses));

  /** The named range each coded column's drop-down offers. */
  public static final Map<ExchangeColumn, String> DROP_DOWNS = dropDowns();

  private final TemplateLists lists;
  private final Texts texts;
  private final int exampleYear;

  public TemplateWorkbook(TemplateLists lists, Texts texts, int exampleYear) {
    this.lists = lists;
    this.texts = texts;
    this.exampleYear = exampleYear;
  }

  private static Map<ExchangeColumn, String> dropDowns() {
    Map<ExchangeColumn, String> map = new EnumMap<>(ExchangeColumn.class);
    map.put(ExchangeColumn.TYPE, "Types");
    map.put(ExchangeColumn.TARGET_GROUPS, "GroupesCibles");
    map.put(ExchangeColumn.ADM1_CODE, "RegionsCodes");
    map.put(ExchangeColumn.ADM1_NAME, "RegionsNoms");
    map.put(ExchangeColumn.ADM2_CODE, "DepartementsCodes");
    map.put(ExchangeColumn.ADM2_NAME, "DepartementsNoms");
    map.put(ExchangeColumn.UNIT, "Unites");
    map.put(ExchangeColumn.STATUS, "Statuts");
    return Map.copyOf(map);
  }

  public XSSFWorkbook build() {
    XSSFWorkbook book = new XSSFWorkbook();
    Styles styles = new Styles(book);
    Sheet data = book.createSheet(DATA_SHEET);
    Sheet listSheet = book.createSheet(LISTS_SHEET);
    Sheet instructions = book.createSheet(INSTRUCTIONS_SHEET);
    writeData(data, styles);
    writeLists(book, listSheet, styles);
    addDropDowns(data);
    writeInstructions(instructions, styles);
    book.setActiveSheet(0);
    return book;
  }

  private void writeData(Sheet sheet, Styles styles) {
    Row headers = sheet.createRow(0);
    Row tags = sheet.createRow(1);
    List<Object> example = example();
    Row exampleRow = sheet.createRow(2);
    for (ExchangeColumn column : ExchangeColumn.values()) {
      int i = column.ordinal();
      text(headers, i, column.headerFr(), styles.header);
      text(tags, i, column.hxl(), styles.hashtag);
      Object value = example.get(i);
      if (value instanceof Number n) {
        Cell cell = exampleRow.createCell(i);
        cell.setCellValue(n.doubleValue());
        cell.setCellStyle(styles.number);
      } else if (value != null) {
        text(exampleRow, i, value.toString(), null);
      }
      int width = Math.max(column.headerFr().length(), column.hxl().length()) + 4;
      sheet.setColumnWidth(i, Math.max(14, Math.min(40, width)) * 256);
    }
    sheet.createFreezePane(0, 2);
  }

  /** The worked example: a department row of the first type and the first department. */
  List<Object> example() {
    TemplateLists.Entry department = lists.departments().get(0);
    TemplateLists.Entry region =
        lists.regions().stream()
            .filter(r -> r.code().equals(department.parent()))
            .findFirst()
            .orElse(lists.regions().get(0));
    List<String> groups =
        lists.targetGroups().stream().limit(2).map(TemplateLists.Entry::code).toList();
    String unit =
        lists.units().stream()
            .map(TemplateLists.Entry::code)
            .filter("HOUSEHOLDS"::equals)
            .findFirst()
            .orElse(lists.units().get(0).code());
    List<Object> cells = new ArrayList<>();
    for (ExchangeColumn column : ExchangeColumn.values()) {
      cells.add(
          switch (column) {
            case ACTIVITY_CODE -> null;
            case ACTIVITY -> texts.text("template.example.activity", Locale.FRENCH);
            case ORGANISATION -> "DGPSN";
            case TYPE -> lists.types().get(0).code();
            case TARGET_GROUPS -> String.join(RegistryRows.LIST_SEPARATOR, groups);
            case COUNTRY -> "SN";
            case ADM1_CODE -> region.code();
            case ADM1_NAME -> region.label();
            case ADM2_CODE -> department.code();
            case ADM2_NAME -> department.label();
            case PERIOD -> Integer.toString(exampleYear);
            case TARGETED -> 1_200L;
            case REACHED -> 1_150L;
            case UNIT -> unit;
            case BUDGET_XOF -> 92_000_000L;
            case UNIT_TRANSFER -> 80_000L;
            case STATUS -> "ONGOING";
            case SOURCE -> texts.text("template.example.source", Locale.FRENCH);
          });
    }
    return cells;
  }

  private void writeLists(XSSFWorkbook book, Sheet sheet, Styles styles) {
    Row headings = sheet.createRow(0);
    int column = 0;
    for (ListColumn list : LISTS) {
      List<TemplateLists.Entry> entries = list.entries().apply(lists);
      text(headings, column, texts.text(list.codeKey(), Locale.FRENCH), styles.header);
      if (list.labelKey() != null) {
        text(headings, column + 1, texts.text(list.labelKey(), Locale.FRENCH), styles.header);
      }
      for (int r = 0; r < entries.size(); r++) {
        Row row = sheet.getRow(r + 1) == null ? sheet.createRow(r + 1) : sheet.getRow(r + 1);
        text(row, column, entries.get(r).code(), null);
        if (list.labelKey() != null) {
          text(row, column + 1, entries.get(r).label(), null);
        }
      }
      name(book, list.range(), column, entries.size());
      sheet.setColumnWidth(column, 24 * 256);
      if (list.labelKey() != null) {
        name(book, list.labelRange(), column + 1, entries.size());
        sheet.setColumnWidth(column + 1, 40 * 256);
        column++;
      }
      column++;
    }
    sheet.createFreezePane(0, 1);
  }

  private static void name(XSSFWorkbook book, String range, int column, int size) {
    Name name = book.createName();
    name.setNameName(range);
    String letter = org.apache.poi.ss.util.CellReference.convertNumToColString(column);
    name.setRefersToFormula(
        "'" + LISTS_SHEET + "'!$" + letter + "$2:$" + letter + "$" + Math.max(2, size + 1));
  }

  private void addDropDowns(Sheet sheet) {
    DataValidationHelper helper = sheet.getDataValidationHelper();
    for (Map.Entry<ExchangeColumn, String> entry : new EnumMap<>(DROP_DOWNS).entrySet()) {
      validate(sheet, helper, entry.getKey(), helper.createFormulaListConstraint(entry.getValue()));
    }
    validate(
        sheet,
        helper,
        ExchangeColumn.COUNTRY,
        helper.createExplicitListConstraint(new String[] {"SN"}));
  }

  private void validate(
      Sheet sheet,
      DataValidationHelper helper,
      ExchangeColumn column,
      DataValidationConstraint constraint) {
    int c = column.ordinal();
    DataValidation validation =
        helper.createValidation(constraint, new CellRangeAddressList(2, DATA_ROWS + 1, c, c));
    validation.setErrorStyle(DataValidation.ErrorStyle.WARNING);
    validation.setShowErrorBox(true);
    validation.setSuppressDropDownArrow(true);
    validation.createErrorBox(
        texts.text("template.validation.title", Locale.FRENCH),
        texts.text("template.validation.text", Locale.FRENCH));
    sheet.addValidationData(validation);
  }

  private void writeInstructions(Sheet sheet, Styles styles) {
    int r = 0;
    for (Locale locale : List.of(Locale.FRENCH, Locale.ENGLISH)) {
      boolean english = locale == Locale.ENGLISH;
      text(
          sheet.createRow(r++), 0, texts.text("template.instructions.title", locale), styles.title);
      paragraph(sheet, r++, texts.text("template.instructions.intro", locale), styles.wrap);
      r++;
      text(
          sheet.createRow(r++),
          0,
          texts.text("template.instructions.columns", locale),
          styles.bold);
      Row heading = sheet.createRow(r++);
      text(heading, 0, texts.text("template.instructions.column", locale), styles.header);
      text(heading, 1, texts.text("template.instructions.hxl", locale), styles.header);
      text(heading, 2, texts.text("template.instructions.description", locale), styles.header);
      for (ExchangeColumn column : ExchangeColumn.values()) {
        Row row = sheet.createRow(r++);
        text(row, 0, english ? column.headerEn() : column.headerFr(), styles.bold);
        text(row, 1, column.hxl(), styles.hashtag);
        String description = texts.text("template.column." + column.name(), locale);
        text(row, 2, description, styles.wrap);
        row.setHeightInPoints(Math.max(1, (description.length() + 94) / 95) * 15f);
      }
      r++;
      text(sheet.createRow(r++), 0, texts.text("template.instructions.rules", locale), styles.bold);
      for (String rule :
          List.of("periods", "units", "national", "multiUnit", "codes", "totals", "example")) {
        paragraph(sheet, r++, texts.text("template.rule." + rule, locale), styles.wrap);
      }
      r += 2;
    }
    sheet.setColumnWidth(0, 30 * 256);
    sheet.setColumnWidth(1, 24 * 256);
    sheet.setColumnWidth(2, 100 * 256);
  }

  /** A text across the three columns, its row as high as its wrapped lines need. */
  private static void paragraph(Sheet sheet, int r, String value, CellStyle style) {
    Row row = sheet.createRow(r);
    text(row, 0, value, style);
    sheet.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(r, r, 0, 2));
    int lines = Math.max(1, (value.length() + PARAGRAPH_CHARS - 1) / PARAGRAPH_CHARS);
    row.setHeightInPoints(lines * 15f);
  }

  private static void text(Row row, int column, String value, CellStyle style) {
    Cell cell = row.createCell(column);
    cell.setCellValue(value);
    if (style != null) {
      cell.setCellStyle(style);
    }
  }

  /** The few cell styles of the template. */
  private static final class Styles {
    final CellStyle header;
    final CellStyle hashtag;
    final CellStyle title;
    final CellStyle bold;
    final CellStyle wrap;
    final CellStyle number;

    Styles(XSSFWorkbook book) {
      Font boldFont = book.createFont();
      boldFont.setBold(true);
      header = book.createCellStyle();
      header.setFont(boldFont);
      header.setWrapText(true);
      header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
      header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
      Font italic = book.createFont();
      italic.setItalic(true);
      italic.setColor(IndexedColors.GREY_50_PERCENT.getIndex());
      hashtag = book.createCellStyle();
      hashtag.setFont(italic);
      Font big = book.createFont();
      big.setBold(true);
      big.setFontHeightInPoints((short) 14);
      title = book.createCellStyle();
      title.setFont(big);
      bold = book.createCellStyle();
      bold.setFont(boldFont);
      bold.setVerticalAlignment(org.apache.poi.ss.usermodel.VerticalAlignment.TOP);
      wrap = book.createCellStyle();
      wrap.setWrapText(true);
      wrap.setVerticalAlignment(org.apache.poi.ss.usermodel.VerticalAlignment.TOP);
      number = book.createCellStyle();
      number.setDataFormat(book.createDataFormat().getFormat("#,##0"));
    }
  }
}
