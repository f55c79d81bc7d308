package sn.convergence.registry.web;

/**
 * Whole numbers as French typography writes them: groups of three digits separated by a narrow
 * no-break space (U+202F), so that "1 250 000" never breaks across lines. Used for beneficiaries
 * and XOF amounts in both languages.
 */
final class Amounts {

  static final char THIN_SPACE = '\u202f';

  private Amounts() {}

  /** The grouped number, or null when unknown. */
  static String format(Long value) {
    if (value == null) {
      return null;
    }
    String digits = Long.toString(Math.abs(value));
    StringBuilder out = new StringBuilder();
    int lead = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
    out.append(digits, 0, lead);
    for (int i = lead; i < digits.length(); i += 3) {
      out.append(THIN_SPACE).append(digits, i, i + 3);
    }
    return value < 0 ? "-" + out : out.toString();
  }
}
