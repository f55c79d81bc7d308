package sn.convergence.registry;

import java.util.Locale;

/** A reference label in French (first) and English. */
public record Label(String fr, String en) {

  /** The English label for English locales, the French one otherwise. */
  public String in(Locale locale) {
    return locale != null && "en".equals(locale.getLanguage()) ? en : fr;
  }
}
