package sn.convergence.demo.raw;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import sn.convergence.geography.NameNormalizer;

/**
 * Turns the files being built into partner files as written: title, group-header, header and HXL
 * rows, then the lines; gives each logged problem its row number and column header, and each data
 * row its truth. A garbled file (problem 2) has every text garbled here, and each data cell that
 * the import can repair is logged.
 */
final class Layout {

  private final List<NoiseEntry> noise = new ArrayList<>();
  private final List<RowTruth> truths = new ArrayList<>();
  private final List<PartnerFile> files = new ArrayList<>();

  static Layout of(List<FileSpec> specs) {
    Layout layout = new Layout();
    specs.forEach(layout::render);
    return layout;
  }

  List<PartnerFile> files() {
    return files;
  }

  List<NoiseEntry> noise() {
    return noise;
  }

  List<RowTruth> truths() {
    return truths;
  }

  private void render(FileSpec file) {
    for (Line.Mark mark : file.fileMarks) {
      noise.add(
          new NoiseEntry(
              file.name,
              null,
              0,
              "",
              mark.problem(),
              mark.kind(),
              mark.original(),
              mark.injected()));
    }
    List<PartnerSheet> sheets = new ArrayList<>();
    for (Table table : file.tables) {
      sheets.add(render(file, table));
    }
    files.add(
        new PartnerFile(
            file.name,
            file.format,
            file.encoding,
            file.separator,
            file.profile,
            sheets,
            file.structure));
  }

  private PartnerSheet render(FileSpec file, Table table) {
    boolean garbled = file.encoding == PartnerFile.TextEncoding.MOJIBAKE;
    String sheet = file.sheetName(table);
    int width = table.columns.size();
    List<List<Cell>> rows = new ArrayList<>();
    List<PartnerSheet.Merge> merges = new ArrayList<>();
    if (file.isXlsx()) {
      for (String title : table.titles) {
        merges.add(new PartnerSheet.Merge(rows.size(), rows.size(), 0, width - 1));
        rows.add(padded(List.of(Cell.text(title)), width));
      }
      if (!table.titles.isEmpty()) {
        rows.add(padded(List.of(), width));
      }
      if (!table.groups.isEmpty()) {
        List<Cell> groupRow = padded(List.of(), width);
        for (Table.Group group : table.groups) {
          groupRow.set(group.from(), Cell.text(group.label()));
          merges.add(new PartnerSheet.Merge(rows.size(), rows.size(), group.from(), group.to()));
        }
        rows.add(groupRow);
      }
    }
    Map<String, String> labels = new LinkedHashMap<>();
    List<Cell> header = new ArrayList<>();
    List<Cell> tags = new ArrayList<>();
    for (Table.Column column : table.columns) {
      String text = garbled ? garble(column.header()) : column.header();
      header.add(Cell.text(text));
      tags.add(Cell.text(column.tag() == null ? "" : column.tag()));
      labels.put(
          column.header(), table.tagged && column.tag() != null ? column.tag() : text.strip());
    }
    rows.add(header);
    if (table.tagged) {
      rows.add(tags);
    }
    int firstLine = rows.size();
    for (Line line : table.lines) {
      int rowNumber = rows.size() + 1;
      List<Cell> cells = new ArrayList<>();
      for (Table.Column column : table.columns) {
        Cell cell = line.get(column.key()).cell();
        if (garbled && cell instanceof Cell.Text text) {
          cell = Cell.text(garble(text.value()));
          if (line.isData() && !cell.equals(text) && repairable(text.value())) {
            line.marks.add(
                new Line.Mark(2, "mojibake", column.key(), text.value(), cell.display()));
          }
        }
        cells.add(cell);
      }
      rows.add(cells);
      log(file, table, sheet, rowNumber, line);
    }
    for (Table.VerticalMerge merge : table.verticalMerges) {
      int column = table.index(merge.column());
      merges.add(
          new PartnerSheet.Merge(
              firstLine + merge.first(), firstLine + merge.last(), column, column));
    }
    List<Integer> hidden = new ArrayList<>();
    if (table.has(Col.HIDDEN)) {
      hidden.add(table.index(Col.HIDDEN));
    }
    return new PartnerSheet(file.isXlsx() ? table.sheet : file.name, rows, merges, hidden, labels);
  }

  private void log(FileSpec file, Table table, String sheet, int rowNumber, Line line) {
    for (Line.Mark mark : line.marks) {
      String column = mark.column() == null ? "" : header(table, mark.column());
      noise.add(
          new NoiseEntry(
              file.name,
              sheet,
              rowNumber,
              column,
              mark.problem(),
              mark.kind(),
              mark.original(),
              mark.injected()));
    }
    Truth truth = line.truth;
    if (line.isData() && truth != null) {
      truths.add(
          new RowTruth(
              file.name,
              sheet,
              rowNumber,
              truth.operation(),
              truth.pcodes(),
              truth.year(),
              truth.unit(),
              truth.reached(),
              truth.facts(),
              truth.part()));
    }
  }

  private static String header(Table table, Col key) {
    return table.has(key) ? table.column(key).header() : "";
  }

  private static List<Cell> padded(List<Cell> cells, int width) {
    List<Cell> row = new ArrayList<>(cells);
    while (row.size() < width) {
      row.add(Cell.BLANK);
    }
    return row;
  }

  /** UTF-8 text read as Latin-1: "Kédougou" becomes "KÃ©dougou". */
  static String garble(String text) {
    return new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
  }

  /** The text before garbling (for a text that was garbled once). */
  static String ungarble(String text) {
    return NameNormalizer.repairMojibake(text);
  }

  private static boolean repairable(String text) {
    return NameNormalizer.repairMojibake(garble(text)).equals(text);
  }
}
