package sn.convergence.ingest;

import java.nio.file.Path;
import java.util.function.Predicate;
import sn.convergence.ingest.sheet.RowSink;
import sn.convergence.ingest.sheet.XlsxSheetReader;

/**
 * The rows of an XLSX workbook's first sheet, for other modules that read small tables (context
 * indicators). Read as the imports read workbooks: streamed with POI's SAX event API under its
 * zip-bomb limits, nothing evaluated (a formula cell gives the result Excel cached, an error cell
 * its text such as {@code #REF!}), numbers in plain notation with a decimal point, dates as ISO
 * dates, blank cells as empty strings.
 */
public final class WorkbookRows {

  private WorkbookRows() {}

  /**
   * Hands the first sheet's rows, in order, to {@code rows} until it returns false.
   *
   * @throws IngestException when the file is empty, not a workbook, truncated or beyond the safety
   *     limits ({@link IssueCode#FILE_EMPTY}, {@link IssueCode#FILE_UNREADABLE}, {@link
   *     IssueCode#FILE_TOO_LARGE})
   */
  public static void firstSheet(Path workbook, Predicate<RawRow> rows) {
    new XlsxSheetReader()
        .readFirstSheet(
            workbook,
            new RowSink() {
              private boolean more = true;

              @Override
              public void startSheet(String name) {
                // one sheet: its name does not matter
              }

              @Override
              public void row(RawRow row) {
                more = more && rows.test(row);
              }

              @Override
              public boolean wantsMore() {
                return more;
              }
            });
  }
}
