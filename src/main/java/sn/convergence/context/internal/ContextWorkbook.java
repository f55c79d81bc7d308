package sn.convergence.context.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import sn.convergence.context.WorkbookReader;

/**
 * Reads the first sheet of a context XLSX workbook into {@link ContextRows}: the first non-blank
 * row is the header, blank rows are skipped, line numbers are the sheet's row numbers. The workbook
 * is streamed from a temporary file (deleted afterwards) by the {@link WorkbookReader} the imports
 * module provides.
 */
public final class ContextWorkbook {

  private ContextWorkbook() {}

  public static ContextRows read(
      byte[] workbook, ContextRows.References references, WorkbookReader reader) {
    ContextRows rows = new ContextRows(references, false);
    Path file = null;
    try {
      file = Files.createTempFile("context-", ".xlsx");
      Files.write(file, workbook);
      reader.firstSheet(file, new Reader(rows)::accept);
    } catch (WorkbookReader.UnreadableException e) {
      unreadable(rows, e.failure());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      delete(file);
    }
    return rows;
  }

  private static void unreadable(ContextRows rows, WorkbookReader.Failure failure) {
    switch (failure) {
      case TOO_LARGE ->
          rows.unreadable("too_large", "The workbook exceeds the safety limits (zip bomb?)");
      case EMPTY ->
          rows.unreadable("unreadable", "Not a readable XLSX workbook: the file is empty");
      default ->
          rows.unreadable(
              "unreadable",
              "Not a readable XLSX workbook: the file is damaged, truncated or not a workbook");
    }
  }

  private static void delete(Path file) {
    if (file != null) {
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        file.toFile().deleteOnExit();
      }
    }
  }

  /** The header on the first non-blank row, data rows after it. */
  private static final class Reader {
    private final ContextRows rows;
    private boolean headerRead;

    Reader(ContextRows rows) {
      this.rows = rows;
    }

    boolean accept(int rowNumber, List<String> cells) {
      if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
        return true;
      }
      if (!headerRead) {
        headerRead = true;
        return rows.header(cells);
      }
      return rows.row(rowNumber, cells);
    }
  }
}
