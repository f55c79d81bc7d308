package sn.convergence.ingest.validate;

import java.util.HashMap;
import java.util.Map;
import sn.convergence.geography.NameNormalizer;

/**
 * The comparison key of a unit-of-measure cell: "Ménages", "menages", "households" and "HH" are one
 * unit; a text it does not know is its own key ("bénéficiaires" stays undefined). Pure.
 */
final class MeasureUnits {

  private static final Map<String, String> SYNONYMS = new HashMap<>();

  static {
    put("HOUSEHOLDS", "menages", "menage", "households", "household", "hh", "foyers");
    put("PEOPLE", "personnes", "personne", "people", "persons", "individus", "individuals");
    put("PUPILS", "eleves", "eleve", "pupils", "pupil", "students");
    put("SCHOOLS", "ecoles", "ecole", "schools", "school", "etablissements");
    put("PARTICIPANTS", "participants", "participant");
    put("FARMERS_INSURED", "assures", "producteurs assures", "insured farmers", "insured");
    put("REPORTS", "rapports", "rapport", "reports");
  }

  private MeasureUnits() {}

  private static void put(String key, String... texts) {
    for (String text : texts) {
      SYNONYMS.put(text, key);
    }
  }

  /** Normalised texts remembered by text: files repeat a few texts on every row. */
  static java.util.function.Function<String, String> memo(
      java.util.function.Function<String, String> normalise) {
    java.util.Map<String, String> known = new java.util.HashMap<>();
    return text -> {
      if (text == null) {
        return normalise.apply(null);
      }
      String key = known.get(text);
      if (key == null) {
        key = normalise.apply(text);
        if (known.size() < 10_000) {
          known.put(text, key);
        }
      }
      return key;
    };
  }

  /** The unit's key, or null for a blank cell. */
  static String key(String unit) {
    if (unit == null || unit.isBlank()) {
      return null;
    }
    String normalized = NameNormalizer.normalize(unit);
    return SYNONYMS.getOrDefault(normalized, normalized);
  }
}
