package sn.convergence.actors.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Comparison keys for acronyms and names: accents, case and spacing do not matter. Pure. */
public final class TextKeys {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");
  private static final Pattern SEPARATORS = Pattern.compile("[\\s\\p{Z}'’‘`\\-_./,;:()]+");

  private TextKeys() {}

  /** "Pam " and "PAM" share the key "PAM"; inner punctuation is kept ("CSA-DG" stays distinct). */
  public static String acronymKey(String acronym) {
    return SPACES.matcher(stripMarks(acronym)).replaceAll(" ").strip().toUpperCase(Locale.ROOT);
  }

  /** "Délégation générale" and "delegation-generale" share a key. */
  public static String nameKey(String name) {
    return SEPARATORS.matcher(stripMarks(name)).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
  }

  private static String stripMarks(String text) {
    if (text == null) {
      return "";
    }
    return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
  }
}
