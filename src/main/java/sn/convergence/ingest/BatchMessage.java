package sn.convergence.ingest;

/**
 * Why a batch wrote nothing or failed: a coded reason, for a failure the detail the error gave, and
 * the texts in French and English (always those of the reason and detail, whatever is passed).
 * Stored as the reason's name, a line break and the detail.
 */
public record BatchMessage(Reason reason, String detail, String fr, String en) {

  /** The reasons, with their French and English texts ({@code %s}: the detail). */
  public enum Reason {
    FILE_UNREADABLE("Le fichier n'a pas pu être lu.", "The file could not be read."),
    NO_VALID_ROW("Aucune ligne valide à importer.", "No valid row to import."),
    ROWS_WITH_ERRORS(
        "%s lignes ont des erreurs : rien n'a été écrit (tout ou rien).",
        "%s rows have errors: nothing written (all-or-nothing)."),
    NOTHING_TO_WRITE("Rien à écrire.", "Nothing to write."),
    FAILED("Le traitement a échoué : %s", "Processing failed: %s");

    private final String fr;
    private final String en;

    Reason(String fr, String en) {
      this.fr = fr;
      this.en = en;
    }
  }

  public BatchMessage {
    detail = detail == null ? "" : detail;
    fr = String.format(reason.fr, detail);
    en = String.format(reason.en, detail);
  }

  public BatchMessage(Reason reason, String detail) {
    this(reason, detail, null, null);
  }

  public static BatchMessage of(Reason reason) {
    return new BatchMessage(reason, "");
  }

  /** A failure with the error's own text (kept as written, usually English). */
  public static BatchMessage failed(String detail) {
    return new BatchMessage(Reason.FAILED, detail);
  }

  /** The stored form: the reason's name, a line break, the detail. */
  public String encode() {
    return reason.name() + "\n" + detail;
  }

  /** Reads the stored form; a text of an older version is a failure with that text. */
  public static BatchMessage decode(String stored) {
    if (stored == null) {
      return null;
    }
    int newline = stored.indexOf('\n');
    String name = newline < 0 ? stored : stored.substring(0, newline);
    for (Reason reason : Reason.values()) {
      if (reason.name().equals(name)) {
        return new BatchMessage(reason, newline < 0 ? "" : stored.substring(newline + 1));
      }
    }
    return failed(stored);
  }

  @Override
  public String toString() {
    return en();
  }
}
