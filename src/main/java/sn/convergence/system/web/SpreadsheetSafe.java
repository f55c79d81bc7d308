package sn.convergence.system.web;

/**
 * Neutralises text cells that a spreadsheet would run as a formula (CSV/formula injection): a cell
 * starting with {@code = + - @}, a tab or a carriage return gets a leading apostrophe. Numbers
 * written as numbers are not affected.
 */
public final class SpreadsheetSafe {

  private SpreadsheetSafe() {}

  /** The cell text, made inert; null stays null. */
  public static String cell(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    char first = text.charAt(0);
    boolean risky =
        first == '='
            || first == '+'
            || first == '-'
            || first == '@'
            || first == '\t'
            || first == '\r';
    return risky ? "'" + text : text;
  }
}
