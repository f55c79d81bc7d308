package sn.convergence.ingest.commit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import sn.convergence.registry.InterventionType;

/**
 * Finds the intervention type a row's sector and activity texts describe, in this order: a
 * remembered alias, a type code or label in the sector cell, the activity text equal to a label
 * (parentheses aside) or to a programme's short name given in parentheses in one label only
 * ("PNBSF"), then the type sharing most words with the activity and sector (a guess, when at least
 * a third of the words are shared). Pure once built.
 */
public final class TypeMatcher {

  /** Below this word similarity a type is only a suggestion. */
  static final double GUESS_THRESHOLD = 0.34;

  private final List<InterventionType> types;
  private final Map<String, String> aliases;
  private final Map<String, String> byKey = new java.util.HashMap<>();
  private final Map<String, Matched> matches = new java.util.HashMap<>();

  /** {@code aliases}: text key to type code, as confirmed by users. */
  public TypeMatcher(List<InterventionType> types, Map<String, String> aliases) {
    this.types = types.stream().filter(t -> !t.code().equals(OTHER_SECTOR)).toList();
    this.aliases = Map.copyOf(aliases);
    for (InterventionType type : this.types) {
      for (String key :
          List.of(
              TextKey.of(type.code()),
              TextKey.of(type.label().fr()),
              TextKey.of(type.label().en()),
              TextKey.withoutParentheses(type.label().fr()),
              TextKey.withoutParentheses(type.label().en()))) {
        byKey.putIfAbsent(key, type.code());
      }
    }
    shortNames().forEach(byKey::putIfAbsent);
  }

  /**
   * The names between parentheses in labels ("PNBSF", "Yokk Koom Koom", "RNU") that belong to one
   * type only: a file naming the programme by its short name means that type. A short name several
   * types share ("CMU") stays a guess.
   */
  private Map<String, String> shortNames() {
    Map<String, java.util.Set<String>> owners = new java.util.HashMap<>();
    for (InterventionType type : types) {
      for (String label : List.of(type.label().fr(), type.label().en())) {
        for (String key : TextKey.parenthesised(label)) {
          owners.computeIfAbsent(key, k -> new java.util.TreeSet<>()).add(type.code());
        }
      }
    }
    Map<String, String> unique = new java.util.HashMap<>();
    owners.forEach(
        (key, codes) -> {
          if (codes.size() == 1) {
            unique.put(key, codes.iterator().next());
          }
        });
    return unique;
  }

  /** The type for texts that name no social protection activity (IATI health, education...). */
  public static final String OTHER_SECTOR = "OTHER_SECTOR";

  /** As {@link #find}, remembered per pair of texts (files repeat them over many rows). */
  public Matched match(String sector, String activity) {
    return matches.computeIfAbsent(sector + "\u0000" + activity, k -> find(sector, activity));
  }

  private Matched find(String sector, String activity) {
    String shown = sector == null || sector.isBlank() ? activity : sector;
    for (String text : new String[] {sector, activity}) {
      Matched exact = exact(text);
      if (exact != null) {
        return exact;
      }
    }
    String both = (activity == null ? "" : activity) + " " + (sector == null ? "" : sector);
    List<Map.Entry<InterventionType, Double>> ranked = ranked(both);
    if (!ranked.isEmpty() && ranked.get(0).getValue() >= GUESS_THRESHOLD) {
      return Matched.guess(shown, ranked.get(0).getKey().code());
    }
    return Matched.unknown(
        shown,
        ranked.stream()
            .limit(3)
            .map(e -> e.getKey().code() + " (" + e.getKey().label().fr() + ")")
            .toList());
  }

  /** Types whose DAC sector is this code, in taxonomy order. */
  public List<InterventionType> withDacSector(String code) {
    return types.stream().filter(t -> code != null && code.equals(t.dacSector())).toList();
  }

  /** The candidate sharing most words with the text, or the first one. */
  public InterventionType closest(List<InterventionType> candidates, String text) {
    return candidates.stream()
        .max(Comparator.comparingDouble(t -> similarity(t, text)))
        .orElseThrow();
  }

  private Matched exact(String text) {
    String key = TextKey.of(text);
    if (key.isEmpty()) {
      return null;
    }
    if (aliases.containsKey(key)) {
      return Matched.exact(text, aliases.get(key));
    }
    for (String part : text.split("\\|")) {
      String code = byKey.get(TextKey.of(part));
      if (code != null) {
        return Matched.exact(text, code);
      }
    }
    return null;
  }

  private List<Map.Entry<InterventionType, Double>> ranked(String text) {
    List<Map.Entry<InterventionType, Double>> scores = new ArrayList<>();
    for (InterventionType type : types) {
      double score = similarity(type, text);
      if (score > 0) {
        scores.add(Map.entry(type, score));
      }
    }
    scores.sort(Map.Entry.<InterventionType, Double>comparingByValue(Comparator.reverseOrder()));
    return scores;
  }

  private static double similarity(InterventionType type, String text) {
    return Math.max(
        TextKey.similarity(text, type.label().fr()), TextKey.similarity(text, type.label().en()));
  }
}
