package sn.convergence.ingest;

/**
 * A problem found in a source, located by sheet, row (1-based, 0 for the whole file) and column
 * (header text or HXL tag, may be null), with messages in French and English and an optional
 * suggestion ("Kédougou (SN06)").
 */
public record Issue(
    Severity severity,
    IssueCode code,
    String sheet,
    int row,
    String column,
    String messageFr,
    String messageEn,
    String suggestion) {

  /** An issue with the code's default severity. */
  public static Issue of(IssueCode code, Location at, Object... args) {
    return new Issue(
        code.severity(),
        code,
        at.sheet(),
        at.row(),
        at.column(),
        code.messageFr(args),
        code.messageEn(args),
        null);
  }

  /** An issue about the whole file. */
  public static Issue ofFile(IssueCode code, Object... args) {
    return of(code, Location.FILE, args);
  }

  /** The same issue at another place (a warning repeated on many rows). */
  public Issue at(Location place) {
    return new Issue(
        severity,
        code,
        place.sheet(),
        place.row(),
        place.column(),
        messageFr,
        messageEn,
        suggestion);
  }

  public Issue withSuggestion(String text) {
    return new Issue(severity, code, sheet, row, column, messageFr, messageEn, text);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** Where an issue is: sheet, 1-based row, column label. */
  public record Location(String sheet, int row, String column) {
    public static final Location FILE = new Location(null, 0, null);

    public Location atColumn(String newColumn) {
      return new Location(sheet, row, newColumn);
    }
  }
}
