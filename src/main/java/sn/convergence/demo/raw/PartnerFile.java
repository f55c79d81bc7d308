package sn.convergence.demo.raw;

import java.util.List;

/**
 * A partner's submission file: its name (with extension), format, text encoding and separator (for
 * CSV), the saved column profile it needs (null when the standard headers or HXL tags suffice), its
 * sheets (one for a CSV), and the structural spreadsheet quirks it carries (merged titles, hidden
 * columns...), described in French.
 */
public record PartnerFile(
    String name,
    Format format,
    TextEncoding encoding,
    char separator,
    String profile,
    List<PartnerSheet> sheets,
    List<String> structure) {

  public PartnerFile {
    sheets = List.copyOf(sheets);
    structure = List.copyOf(structure);
  }

  /** The two formats partners send. */
  public enum Format {
    XLSX,
    CSV
  }

  /** How a CSV file's text is encoded; XLSX files are always UTF-8 inside. */
  public enum TextEncoding {
    UTF8,
    UTF8_BOM,
    WINDOWS_1252,
    /** UTF-8 text that went once through a Latin-1 reader and was saved again as UTF-8. */
    MOJIBAKE
  }

  /** The number of data rows (rows that carry a truth). */
  public int dataRows(List<RowTruth> truths) {
    return (int) truths.stream().filter(t -> t.file().equals(name)).count();
  }
}
