package sn.convergence.geography;

import java.util.regex.Pattern;

/**
 * An OCHA COD-AB style place code: a two-letter country code followed by two digits per level
 * ({@code SN}, {@code SN01}, {@code SN0101}...). Letters are upper-cased on construction.
 */
public record PCode(String value) implements Comparable<PCode> {

  private static final Pattern SHAPE = Pattern.compile("[A-Z]{2}[0-9]{0,12}");

  public PCode {
    if (value == null) {
      throw new IllegalArgumentException("A P-code is required");
    }
    value = value.strip().toUpperCase(java.util.Locale.ROOT);
    if (!SHAPE.matcher(value).matches()) {
      throw new IllegalArgumentException("Not a P-code: " + value);
    }
  }

  public static PCode of(String value) {
    return new PCode(value);
  }

  /** True when the text has the shape of a P-code (it may still name no known unit). */
  public static boolean looksLike(String text) {
    return text != null && SHAPE.matcher(text.strip().toUpperCase(java.util.Locale.ROOT)).matches();
  }

  public String countryCode() {
    return value.substring(0, 2);
  }

  @Override
  public int compareTo(PCode other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
