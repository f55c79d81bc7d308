package sn.convergence.ingest.sheet;

import sn.convergence.ingest.RawRow;

/** Receives rows as a reader streams them, sheet by sheet; nothing is held in between. */
public interface RowSink {

  /**
   * For text files, once before the rows: the character set used ("UTF-8", "windows-1252"), whether
   * it is a fallback after invalid UTF-8, and the column separator found.
   */
  default void textFormat(String encoding, boolean fallback, char separator) {}

  void startSheet(String name);

  void row(RawRow row);

  default void endSheet() {}

  /** Asked after each row; a reader that can stop early does so when this turns false. */
  default boolean wantsMore() {
    return true;
  }
}
