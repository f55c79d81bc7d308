package sn.convergence.ingest.normalize;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import sn.convergence.ingest.Quantity;
import sn.convergence.ingest.Quantity.Missing;

/**
 * Reads numbers as partners write them: French grouping with spaces (normal, no-break, narrow
 * no-break) or dots, decimal comma or point, scale words ("1,2 milliard"), currencies ("2 350 400
 * 000 FCFA", "35 000 F CFA"), approximations ("~3000", "plus de 40 000"), scientific notation
 * ("4.34E+10"), and the usual markers of absence ("n.d.", "-", "#N/A", "#REF!"). Pure.
 */
public final class NumberParser {

  /** Which of comma and point is the decimal mark when a lone separator is followed by 3 digits. */
  public enum Style {
    DECIMAL_COMMA,
    DECIMAL_POINT
  }

  private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u202F\\u2007\\u2009]+");
  private static final List<String> NOT_AVAILABLE =
      List.of("n.d.", "n.d", "nd", "n/d", "na", "n/a", "n.a.", "-", "--", "—", "–", "?", "s.o.");
  private static final Pattern FORMULA_ERROR =
      Pattern.compile("#(N/A|REF!|DIV/0!|VALUE!|NAME\\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA)");
  private static final Pattern APPROXIMATE =
      Pattern.compile(
          "^(~|≈|±|\\+/-|>=?|<=?|environ|env\\.|pr[eè]s de|plus de|moins de|au moins|\\+ de"
              + "|approx\\.?|approximativement|about|around|over|more than|less than|at least)\\s*");
  private static final Pattern TRAILING_APPROXIMATE = Pattern.compile("\\s*(\\+|environ)$");
  private static final Map<Pattern, String> CURRENCIES =
      Map.of(
          Pattern.compile("\\b(?:francs? )?(?:f\\.? ?)?cfa\\b|\\bxof\\b"), "XOF",
          Pattern.compile("\\busd\\b|us\\$|\\$|\\bdollars?\\b"), "USD",
          Pattern.compile("\\beur\\b|€|\\beuros?\\b"), "EUR");
  private static final Pattern TRAILING_FRANC = Pattern.compile("(?<=[0-9 ])f$");
  private static final Map<Pattern, BigDecimal> SCALES =
      Map.of(
          Pattern.compile("\\b(milliards?|mds?|mrds?|billions?)$"),
              BigDecimal.valueOf(1_000_000_000L),
          Pattern.compile("\\b(millions?|mio|m)$"), BigDecimal.valueOf(1_000_000L),
          Pattern.compile("\\b(milliers?|mille|k)$"), BigDecimal.valueOf(1_000L));
  private static final Pattern SCIENTIFIC = Pattern.compile("[+-]?\\d+([.,]\\d+)?[eE][+-]?\\d+");
  private static final Pattern NUMERIC = Pattern.compile("[+-]?\\d[\\d.,' ]*");

  private NumberParser() {}

  public static Quantity parse(String raw, Style style) {
    if (raw == null || raw.isBlank()) {
      return Quantity.missing(raw == null ? "" : raw, Missing.BLANK);
    }
    if (isPlainInteger(raw)) {
      return Quantity.of(raw, wholeNumber(new BigDecimal(raw)), false, null);
    }
    String text = SPACES.matcher(raw).replaceAll(" ").strip();
    if (text.startsWith("'")) {
      text = text.substring(1).strip();
    }
    String lower = text.toLowerCase(Locale.ROOT);
    if (NOT_AVAILABLE.contains(lower)) {
      return Quantity.missing(raw, Missing.NOT_AVAILABLE);
    }
    if (FORMULA_ERROR.matcher(text.toUpperCase(Locale.ROOT)).matches()) {
      return Quantity.missing(raw, Missing.FORMULA_ERROR);
    }
    return parseNumber(raw, lower, style);
  }

  private static Quantity parseNumber(String raw, String lower, Style style) {
    boolean approximate = false;
    Matcher approx = APPROXIMATE.matcher(lower);
    if (approx.find()) {
      approximate = true;
      lower = lower.substring(approx.end());
    }
    Matcher trailing = TRAILING_APPROXIMATE.matcher(lower);
    if (trailing.find()) {
      approximate = true;
      lower = lower.substring(0, trailing.start());
    }
    String currency = null;
    for (Map.Entry<Pattern, String> entry : CURRENCIES.entrySet()) {
      Matcher matcher = entry.getKey().matcher(lower);
      if (matcher.find()) {
        currency = entry.getValue();
        lower = matcher.replaceAll(" ").strip();
      }
    }
    if (currency == null && TRAILING_FRANC.matcher(lower).find()) {
      currency = "XOF";
      lower = lower.substring(0, lower.length() - 1).strip();
    }
    BigDecimal scale = BigDecimal.ONE;
    for (Map.Entry<Pattern, BigDecimal> entry : SCALES.entrySet()) {
      Matcher matcher = entry.getKey().matcher(lower);
      if (matcher.find()) {
        scale = entry.getValue();
        lower = lower.substring(0, matcher.start()).strip();
        break;
      }
    }
    lower = lower.replace("%", "").strip();
    BigDecimal value = toDecimal(lower, style, scale.compareTo(BigDecimal.ONE) != 0);
    if (value == null) {
      boolean letters = lower.chars().anyMatch(Character::isLetter);
      return Quantity.missing(raw, letters ? Missing.FREE_TEXT : Missing.INVALID);
    }
    return Quantity.of(raw, wholeNumber(value.multiply(scale)), approximate, currency);
  }

  /**
   * Digits only: the usual cell, which the rules below would read as that integer unchanged (no
   * marker, currency, scale or separator can match), so it is read directly.
   */
  private static boolean isPlainInteger(String raw) {
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /** Trailing zeros dropped, but never written with an exponent ("1E+3" becomes 1000). */
  private static BigDecimal wholeNumber(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  private static BigDecimal toDecimal(String text, Style style, boolean scaled) {
    String compact = text.replace(" ", "").replace("'", "");
    if (SCIENTIFIC.matcher(compact).matches()) {
      return new BigDecimal(compact.replace(',', '.'));
    }
    if (compact.isEmpty() || !NUMERIC.matcher(text).matches()) {
      return null;
    }
    String canonical = canonical(compact, style, scaled);
    return canonical == null ? null : new BigDecimal(canonical);
  }

  /** Removes grouping marks and turns the decimal mark into a point; null when malformed. */
  static String canonical(String digits, Style style, boolean scaled) {
    int lastDot = digits.lastIndexOf('.');
    int lastComma = digits.lastIndexOf(',');
    if (lastDot >= 0 && lastComma >= 0) {
      char decimal = lastDot > lastComma ? '.' : ',';
      char grouping = decimal == '.' ? ',' : '.';
      return digits.replace(String.valueOf(grouping), "").replace(decimal, '.');
    }
    char separator = lastDot >= 0 ? '.' : ',';
    int count = (int) digits.chars().filter(c -> c == separator).count();
    if (count == 0) {
      return digits;
    }
    if (count > 1) {
      String grouping = separator == '.' ? "\\." : ",";
      return digits.matches("[+-]?\\d{1,3}(" + grouping + "\\d{3})+")
          ? digits.replace(String.valueOf(separator), "")
          : null;
    }
    int position = digits.indexOf(separator);
    int after = digits.length() - position - 1;
    boolean decimal =
        after != 3
            || scaled
            || digits.startsWith("0")
            || digits.startsWith("-0")
            || (separator == ',') == (style == Style.DECIMAL_COMMA);
    return decimal ? digits.replace(separator, '.') : digits.replace(String.valueOf(separator), "");
  }
}
