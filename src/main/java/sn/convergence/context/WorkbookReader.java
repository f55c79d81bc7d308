package sn.convergence.context;

import java.nio.file.Path;
import java.util.List;

/**
 * Reads the first sheet of an XLSX workbook for the context upload. The imports module provides it,
 * reading workbooks as it reads partners' files: streamed under zip-bomb limits, nothing evaluated
 * (a formula cell gives the result Excel cached), blank cells as empty strings.
 */
public interface WorkbookReader {

  /** Why a workbook could not be read. */
  enum Failure {
    EMPTY,
    TOO_LARGE,
    UNREADABLE
  }

  /** The workbook cannot be read; the message never names the server's files. */
  final class UnreadableException extends RuntimeException {
    private final Failure failure;

    public UnreadableException(Failure failure) {
      super(failure.name());
      this.failure = failure;
    }

    public Failure failure() {
      return failure;
    }
  }

  /** Receives rows in order: the sheet's 1-based row number and the cells; false stops reading. */
  interface Rows {
    boolean row(int rowNumber, List<String> cells);
  }

  /**
   * Hands the first sheet's rows to {@code rows}.
   *
   * @throws UnreadableException when the file is empty, not a workbook or beyond the limits
   */
  void firstSheet(Path workbook, Rows rows);
}
