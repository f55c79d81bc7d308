package sn.convergence.demo.raw;

import java.util.ArrayList;
import java.util.List;

/** A partner file being built: its tables (sheets) and what is true of the whole file. */
final class FileSpec {

  final String name;
  final PartnerFile.Format format;
  PartnerFile.TextEncoding encoding = PartnerFile.TextEncoding.UTF8;
  char separator = ',';
  String profile;
  final String organisation;
  final List<Table> tables = new ArrayList<>();
  final List<String> structure = new ArrayList<>();
  final List<Line.Mark> fileMarks = new ArrayList<>();

  /** Years whose budgets form a series in this file (several sheets or rows per place). */
  boolean budgetSeries;

  FileSpec(String name, PartnerFile.Format format, String organisation) {
    this.name = name;
    this.format = format;
    this.organisation = organisation;
  }

  static FileSpec xlsx(String name, String organisation) {
    return new FileSpec(name, PartnerFile.Format.XLSX, organisation);
  }

  static FileSpec csv(String name, String organisation, char separator) {
    FileSpec spec = new FileSpec(name, PartnerFile.Format.CSV, organisation);
    spec.separator = separator;
    return spec;
  }

  Table table(String sheet) {
    Table table = new Table(sheet);
    tables.add(table);
    return table;
  }

  List<Line> data() {
    return tables.stream().flatMap(t -> t.data().stream()).toList();
  }

  boolean isXlsx() {
    return format == PartnerFile.Format.XLSX;
  }

  /** The sheet name the import reports: the file name for a CSV. */
  String sheetName(Table table) {
    return isXlsx() ? table.sheet : name;
  }
}
