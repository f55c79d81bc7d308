package sn.convergence.ingest.internal;

import java.nio.file.Path;
import org.springframework.stereotype.Component;
import sn.convergence.context.WorkbookReader;
import sn.convergence.ingest.IngestException;
import sn.convergence.ingest.IssueCode;
import sn.convergence.ingest.WorkbookRows;

/** The context upload's workbook reader: the imports' safe streaming reader of XLSX sheets. */
@Component
class ContextWorkbookReader implements WorkbookReader {

  @Override
  public void firstSheet(Path workbook, Rows rows) {
    try {
      WorkbookRows.firstSheet(workbook, row -> rows.row(row.rowNumber(), row.cells()));
    } catch (IngestException e) {
      IssueCode code = e.issue().code();
      throw new UnreadableException(
          code == IssueCode.FILE_TOO_LARGE
              ? Failure.TOO_LARGE
              : code == IssueCode.FILE_EMPTY ? Failure.EMPTY : Failure.UNREADABLE);
    }
  }
}
