package sn.convergence.registry;

import java.util.Locale;

/** Parsing of enumerated codes sent as text. */
final class Codes {

  private Codes() {}

  /** The constant named by the text, ignoring case, spaces and hyphens; null when none matches. */
  static <E extends Enum<E>> E parse(Class<E> type, String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String key = text.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(key)) {
        return constant;
      }
    }
    return null;
  }
}
