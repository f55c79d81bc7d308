package sn.convergence.geography;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reduces a place name to a comparison key: mojibake repaired, accents, case, apostrophes, hyphens,
 * underscores and spacing removed, and administrative prefixes ("Département de", "Dept.", "Région
 * de", "Commune de") dropped. Pure and thread-safe.
 */
public final class NameNormalizer {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern SEPARATORS = Pattern.compile("[\\s\\p{Z}'’‘`´\\-_./,;:()]+");
  private static final List<String> PREFIXES =
      List.of(
          "departement de ",
          "departement d ",
          "departement du ",
          "departement ",
          "dept de ",
          "dept ",
          "dep ",
          "region de ",
          "region du ",
          "region ",
          "commune de ",
          "commune d ",
          "commune ",
          "arrondissement de ",
          "arrondissement d ",
          "ville de ");

  private NameNormalizer() {}

  /** The comparison key of a name; empty for null or blank input. */
  public static String normalize(String name) {
    if (name == null) {
      return "";
    }
    String text = repairMojibake(name);
    text = Normalizer.normalize(text, Normalizer.Form.NFD);
    text = MARKS.matcher(text).replaceAll("");
    text = text.toLowerCase(Locale.ROOT);
    text = SEPARATORS.matcher(text).replaceAll(" ").strip();
    for (String prefix : PREFIXES) {
      if (text.startsWith(prefix) && text.length() > prefix.length()) {
        text = text.substring(prefix.length()).strip();
        break;
      }
    }
    return text;
  }

  /** The key without any space, for names written in one word ("Mbour" for "M'bour"). */
  public static String compact(String normalized) {
    return normalized.replace(" ", "");
  }

  /**
   * Repairs UTF-8 text that was decoded as Latin-1 ("KÃ©dougou"); text without the telltale
   * sequences is returned unchanged.
   */
  public static String repairMojibake(String text) {
    if (text.indexOf('Ã') < 0 && text.indexOf('Â') < 0) {
      return text;
    }
    byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
    String repaired = new String(bytes, StandardCharsets.UTF_8);
    return repaired.indexOf('\uFFFD') >= 0 ? text : repaired;
  }
}
