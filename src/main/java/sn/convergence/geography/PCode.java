package sn.convergence.geography;

/**
 * An OCHA COD-AB style place code: a two-letter country code followed by two digits per level
 * ({@code SN}, {@code SN01}, {@code SN0101}...). Letters are upper-cased on construction.
 */
public record PCode(String value) implements Comparable<PCode> {

  public PCode {
    if (value == null) {
      throw new IllegalArgumentException("A P-code is required");
    }
    value = value.strip().toUpperCase(java.util.Locale.ROOT);
    if (!hasShape(value)) {
      throw new IllegalArgumentException("Not a P-code: " + value);
    }
  }

  public static PCode of(String value) {
    return new PCode(value);
  }

  /** True when the text has the shape of a P-code (it may still name no known unit). */
  public static boolean looksLike(String text) {
    return text != null && hasShape(text.strip().toUpperCase(java.util.Locale.ROOT));
  }

  /** Two letters A-Z then at most 12 digits 0-9 (ASCII only). */
  private static boolean hasShape(String text) {
    int length = text.length();
    if (length < 2 || length > 14) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      boolean expected = i < 2 ? c >= 'A' && c <= 'Z' : c >= '0' && c <= '9';
      if (!expected) {
        return false;
      }
    }
    return true;
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
