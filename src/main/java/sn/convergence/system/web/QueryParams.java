package sn.convergence.system.web;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * Reading and writing the query-string parameters of filter forms (lists, maps): blank means
 * absent, numbers are plain digits of bounded length, and absent values are left out of links.
 */
public final class QueryParams {

  private QueryParams() {}

  /** The stripped text, or null when missing or blank. */
  public static String text(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  /** The value as a number when it is 1 to {@code maxDigits} digits, otherwise null. */
  public static Long digits(String value, int maxDigits) {
    String t = text(value);
    if (t == null || t.length() > maxDigits || !t.chars().allMatch(Character::isDigit)) {
      return null;
    }
    return Long.parseLong(t);
  }

  /** Adds {@code name=value} to a link unless the value is blank. */
  public static void add(UriComponentsBuilder builder, String name, String value) {
    String t = text(value);
    if (t != null) {
      builder.queryParam(name, t);
    }
  }
}
