package sn.convergence.ingest.commit;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import sn.convergence.geography.NameNormalizer;

/**
 * Comparison keys for names in partners' files: without case, accents, punctuation or mojibake;
 * word sets for rough similarity (words of three letters or more, plural "s" dropped, common French
 * and English small words left out). Pure.
 */
public final class TextKey {

  private static final Set<String> SMALL_WORDS =
      Set.of(
          "les", "des", "une", "pour", "par", "avec", "sur", "dans", "aux", "the", "and", "for",
          "with", "from", "number", "nombre");

  private TextKey() {}

  public static String of(String text) {
    return NameNormalizer.normalize(text == null ? "" : text);
  }

  /** The key without anything in parentheses ("School canteens (meals)" -> "school canteens"). */
  static String withoutParentheses(String text) {
    return of(text == null ? "" : text.replaceAll("\\([^)]*\\)", " "));
  }

  /** The keys of the texts between parentheses: "Bourses (PNBSF)" gives "pnbsf". */
  static List<String> parenthesised(String text) {
    List<String> keys = new java.util.ArrayList<>();
    java.util.regex.Matcher m = PARENTHESISED.matcher(text == null ? "" : text);
    while (m.find()) {
      String key = of(m.group(1));
      if (!key.isEmpty()) {
        keys.add(key);
      }
    }
    return keys;
  }

  private static final java.util.regex.Pattern PARENTHESISED =
      java.util.regex.Pattern.compile("\\(([^)]*)\\)");

  static Set<String> words(String text) {
    return Arrays.stream(of(text).split(" "))
        .filter(w -> w.length() >= 3 && !SMALL_WORDS.contains(w))
        .map(w -> w.length() > 3 && w.endsWith("s") ? w.substring(0, w.length() - 1) : w)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /** Shared words over all words (Jaccard index), 0 when either text has none. */
  static double similarity(String a, String b) {
    Set<String> left = words(a);
    Set<String> right = words(b);
    if (left.isEmpty() || right.isEmpty()) {
      return 0;
    }
    Set<String> union = new TreeSet<>(left);
    union.addAll(right);
    long shared = left.stream().filter(right::contains).count();
    return (double) shared / union.size();
  }

  /** The initials of the significant words, upper case ("World Food Programme" -> "WFP"). */
  static String initials(String text) {
    StringBuilder out = new StringBuilder();
    for (String word : of(text).split(" ")) {
      if (!word.isEmpty()
          && !Set.of("de", "du", "la", "le", "l", "d", "et", "of").contains(word)
          && !SMALL_WORDS.contains(word)) {
        out.append(Character.toUpperCase(word.charAt(0)));
      }
    }
    return out.toString();
  }
}
