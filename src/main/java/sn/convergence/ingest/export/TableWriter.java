package sn.convergence.ingest.export;

import java.io.OutputStream;
import java.util.List;

/**
 * A table written row by row to a stream, for CSV and XLSX exports. Text cells go through {@link
 * sn.convergence.system.web.SpreadsheetSafe} so that no spreadsheet runs them as formulas; numbers
 * ({@link Number}) are written as numbers, {@code null} as a blank cell, anything else as its text.
 * {@link #close()} finishes the file and flushes, but leaves the stream open for its owner.
 */
public interface TableWriter extends AutoCloseable {

  /** The header row, then the HXL hashtag row; call once, before any data row. */
  void header(List<String> headers, List<String> hashtags);

  void row(List<?> cells);

  @Override
  void close();

  /** UTF-8 with a byte order mark (for Excel), RFC 4180 quoting, CRLF line ends. */
  static TableWriter csv(OutputStream out) {
    return new CsvTableWriter(out);
  }

  /** One sheet of a streamed workbook (bounded memory), frozen under the two header rows. */
  static TableWriter xlsx(OutputStream out, String sheetName) {
    return new XlsxTableWriter(out, sheetName);
  }
}
