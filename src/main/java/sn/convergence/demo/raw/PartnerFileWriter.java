package sn.convergence.demo.raw;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a partner file as its partner would have saved it: XLSX through Apache POI (merged areas,
 * hidden columns, date cells, cached formula errors), CSV through Commons CSV in the file's
 * encoding (UTF-8, UTF-8 with a byte-order mark, Windows-1252; a garbled file's text is already
 * garbled and is saved as UTF-8).
 */
public final class PartnerFileWriter {

  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final Date CREATED =
      Date.from(LocalDate.of(2025, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC));

  private PartnerFileWriter() {}

  /** Writes the file into the directory and returns its path. */
  public static Path write(PartnerFile file, Path directory) throws IOException {
    Path path = directory.resolve(file.name());
    try (OutputStream out = Files.newOutputStream(path)) {
      if (file.format() == PartnerFile.Format.XLSX) {
        writeXlsx(file, out);
      } else {
        writeCsv(file, out);
      }
    }
    return path;
  }

  private static void writeXlsx(PartnerFile file, OutputStream out) throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      workbook.getProperties().getCoreProperties().setCreated(Optional.of(CREATED));
      workbook.getProperties().getCoreProperties().setCreator("DÉMO – données fictives");
      CellStyle dates = workbook.createCellStyle();
      dates.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
      for (PartnerSheet partnerSheet : file.sheets()) {
        Sheet sheet = workbook.createSheet(partnerSheet.name());
        List<List<Cell>> rows = partnerSheet.rows();
        for (int r = 0; r < rows.size(); r++) {
          Row row = sheet.createRow(r);
          List<Cell> cells = rows.get(r);
          for (int c = 0; c < cells.size(); c++) {
            write(row, c, cells.get(c), dates);
          }
        }
        for (PartnerSheet.Merge merge : partnerSheet.merges()) {
          sheet.addMergedRegion(
              new CellRangeAddress(
                  merge.firstRow(), merge.lastRow(), merge.firstColumn(), merge.lastColumn()));
        }
        for (int column : partnerSheet.hiddenColumns()) {
          sheet.setColumnHidden(column, true);
        }
        int width = rows.stream().mapToInt(List::size).max().orElse(0);
        for (int c = 0; c < width; c++) {
          sheet.setColumnWidth(c, 18 * 256);
        }
      }
      workbook.write(out);
    }
  }

  private static void write(Row row, int column, Cell cell, CellStyle dates) {
    if (cell instanceof Cell.Text text) {
      row.createCell(column).setCellValue(text.value());
    } else if (cell instanceof Cell.Number number) {
      row.createCell(column).setCellValue(number.value());
    } else if (cell instanceof Cell.DateValue date) {
      org.apache.poi.ss.usermodel.Cell written = row.createCell(column);
      written.setCellValue(date.date());
      written.setCellStyle(dates);
    } else if (cell instanceof Cell.ErrorValue error) {
      row.createCell(column).setCellErrorValue(FormulaError.forString(error.code()).getCode());
    }
  }

  private static void writeCsv(PartnerFile file, OutputStream out) throws IOException {
    Charset charset = StandardCharsets.UTF_8;
    if (file.encoding() == PartnerFile.TextEncoding.UTF8_BOM) {
      out.write(BOM);
    } else if (file.encoding() == PartnerFile.TextEncoding.WINDOWS_1252) {
      charset = WINDOWS_1252;
    }
    Writer writer = new OutputStreamWriter(out, charset);
    CSVFormat format =
        CSVFormat.DEFAULT.builder().setDelimiter(file.separator()).setRecordSeparator("\r\n").get();
    try (CSVPrinter printer = new CSVPrinter(writer, format)) {
      for (List<Cell> row : file.sheets().get(0).rows()) {
        printer.printRecord(row.stream().map(Cell::display).toList());
      }
    }
  }
}
