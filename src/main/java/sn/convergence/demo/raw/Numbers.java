package sn.convergence.demo.raw;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Numbers written the way partners write them (problem 8), with what a reader gets back. */
final class Numbers {

  private Numbers() {}

  /** Digits grouped by three with the given separator: "12 487", "12.487". */
  static String grouped(long value, char separator) {
    String digits = Long.toString(Math.abs(value));
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < digits.length(); i++) {
      if (i > 0 && (digits.length() - i) % 3 == 0) {
        out.append(separator);
      }
      out.append(digits.charAt(i));
    }
    return (value < 0 ? "-" : "") + out;
  }

  /** "426,8 millions FCFA": one decimal, read back as 426 800 000. */
  static Value millions(long value) {
    BigDecimal millions =
        BigDecimal.valueOf(value).divide(BigDecimal.valueOf(1_000_000), 1, RoundingMode.HALF_UP);
    String text = millions.toPlainString().replace('.', ',') + " millions FCFA";
    return Value.numberText(text, millions.multiply(BigDecimal.valueOf(1_000_000)), "XOF");
  }

  /** "1,2 milliard": one decimal, read back as 1 200 000 000. */
  static Value milliards(long value) {
    BigDecimal milliards =
        BigDecimal.valueOf(value)
            .divide(BigDecimal.valueOf(1_000_000_000), 1, RoundingMode.HALF_UP);
    String unit = milliards.compareTo(new BigDecimal("2")) >= 0 ? " milliards" : " milliard";
    String text = milliards.toPlainString().replace('.', ',') + unit;
    return Value.numberText(text, milliards.multiply(BigDecimal.valueOf(1_000_000_000)), null);
  }
}
