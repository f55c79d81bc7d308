package sn.convergence.ingest.export;

import java.io.BufferedWriter;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import sn.convergence.system.web.SpreadsheetSafe;

/** {@link TableWriter} for CSV: UTF-8 with a byte order mark, RFC 4180. */
final class CsvTableWriter implements TableWriter {

  static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private final CSVPrinter printer;

  CsvTableWriter(OutputStream out) {
    try {
      out.write(BOM);
      OutputStream kept =
          new FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
              out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
              flush();
            }
          };
      this.printer =
          new CSVPrinter(
              new BufferedWriter(new OutputStreamWriter(kept, StandardCharsets.UTF_8), 64 * 1024),
              CSVFormat.RFC4180);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void header(List<String> headers, List<String> hashtags) {
    row(headers);
    row(hashtags);
  }

  @Override
  public void row(List<?> cells) {
    List<String> texts = new ArrayList<>(cells.size());
    for (Object cell : cells) {
      texts.add(text(cell));
    }
    try {
      printer.printRecord(texts);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String text(Object cell) {
    if (cell == null) {
      return "";
    }
    if (cell instanceof BigDecimal decimal) {
      return decimal.toPlainString();
    }
    if (cell instanceof Number number) {
      return number.toString();
    }
    return SpreadsheetSafe.cell(cell.toString());
  }

  @Override
  public void close() {
    try {
      printer.close(true);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
