package sn.convergence.context.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import sn.convergence.ingest.IngestException;
import sn.convergence.ingest.IssueCode;
import sn.convergence.ingest.RawRow;
import sn.convergence.ingest.WorkbookRows;

/**
 * Reads the first sheet of a context XLSX workbook into {@link ContextRows}: the first non-blank
 * row is the header, blank rows are skipped, line numbers are the sheet's row numbers. The workbook
 * is streamed from a temporary file (deleted afterwards) as the imports read workbooks ({@link
 * WorkbookRows}): zip-bomb limits, no formula evaluation (a formula cell gives its cached result).
 */
public final class ContextWorkbook {

  private ContextWorkbook() {}

  public static ContextRows read(byte[] workbook, ContextRows.References references) {
    ContextRows rows = new ContextRows(references, false);
    Path file = null;
    try {
      file = Files.createTempFile("context-", ".xlsx");
      Files.write(file, workbook);
      WorkbookRows.firstSheet(file, new Reader(rows)::accept);
    } catch (IngestException e) {
      unreadable(rows, e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      delete(file);
    }
    return rows;
  }

  private static void unreadable(ContextRows rows, IngestException e) {
    IssueCode code = e.issue().code();
    if (code == IssueCode.FILE_TOO_LARGE) {
      rows.unreadable("too_large", "The workbook exceeds the safety limits (zip bomb?)");
    } else if (code == IssueCode.FILE_EMPTY) {
      rows.unreadable("unreadable", "Not a readable XLSX workbook: the file is empty");
    } else {
      // The cause's message is not shown: it names the server's temporary file.
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

    boolean accept(RawRow row) {
      if (row.isBlank()) {
        return true;
      }
      if (!headerRead) {
        headerRead = true;
        return rows.header(row.cells());
      }
      return rows.row(row.rowNumber(), row.cells());
    }
  }
}
