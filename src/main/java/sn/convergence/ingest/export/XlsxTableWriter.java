package sn.convergence.ingest.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import sn.convergence.system.web.SpreadsheetSafe;

/**
 * {@link TableWriter} for XLSX with POI's streaming workbook: at most {@value #WINDOW} rows in
 * memory, the rest in a compressed temporary file removed on {@link #close()}. Cells are strings or
 * numbers, never formulas; numbers show with thousands grouping but are stored plain; a text longer
 * than Excel's cell limit (32,767 characters) is cut there.
 */
final class XlsxTableWriter implements TableWriter {

  static final int WINDOW = 200;
  private static final int MIN_WIDTH = 10;
  private static final int MAX_WIDTH = 45;

  private final OutputStream out;
  private final SXSSFWorkbook book = new SXSSFWorkbook(WINDOW);
  private final SXSSFSheet sheet;
  private final CellStyle number;
  private int next;

  XlsxTableWriter(OutputStream out, String sheetName) {
    this.out = out;
    book.setCompressTempFiles(true);
    this.sheet = book.createSheet(sheetName);
    this.number = book.createCellStyle();
    number.setDataFormat(book.createDataFormat().getFormat("#,##0"));
  }

  @Override
  public void header(List<String> headers, List<String> hashtags) {
    write(headers, headerStyle(true));
    write(hashtags, headerStyle(false));
    for (int i = 0; i < headers.size(); i++) {
      int width = Math.max(headers.get(i).length(), hashtags.get(i).length()) + 2;
      sheet.setColumnWidth(i, Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, width)) * 256);
    }
    sheet.createFreezePane(0, 2);
  }

  @Override
  public void row(List<?> cells) {
    write(cells, null);
  }

  private void write(List<?> cells, CellStyle style) {
    Row row = sheet.createRow(next++);
    for (int i = 0; i < cells.size(); i++) {
      Object value = cells.get(i);
      if (value == null) {
        continue;
      }
      Cell cell = row.createCell(i);
      if (value instanceof Number n) {
        cell.setCellValue(n.doubleValue());
        cell.setCellStyle(number);
      } else {
        cell.setCellValue(fit(SpreadsheetSafe.cell(value.toString())));
        if (style != null) {
          cell.setCellStyle(style);
        }
      }
    }
  }

  /** Excel refuses longer cells; the rare longer text is cut rather than failing the export. */
  private static String fit(String text) {
    int max = SpreadsheetVersion.EXCEL2007.getMaxTextLength();
    return text.length() <= max ? text : text.substring(0, max);
  }

  private CellStyle headerStyle(boolean bold) {
    Font font = book.createFont();
    font.setBold(bold);
    font.setItalic(!bold);
    if (!bold) {
      font.setColor(IndexedColors.GREY_50_PERCENT.getIndex());
    }
    CellStyle style = book.createCellStyle();
    style.setFont(font);
    style.setWrapText(bold);
    return style;
  }

  @Override
  public void close() {
    try {
      book.write(out);
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      try {
        book.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
