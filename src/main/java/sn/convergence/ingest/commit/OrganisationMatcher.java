package sn.convergence.ingest.commit;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import sn.convergence.actors.Organisation;

/**
 * Matches organisation names and acronyms from a file to known organisations, in this order: a
 * remembered alias, the acronym, the full name, the IATI identifier, then the initials of the name
 * ("World Food Programme" -> WFP, reported as a guess). Unknown names get the three closest
 * organisations as suggestions and, for creation, a proposed acronym unique among known ones. Pure
 * once built.
 */
public final class OrganisationMatcher {

  private final Map<String, String> aliases;
  private final Map<String, Organisation> byAcronym = new HashMap<>();
  private final Map<String, Organisation> byName = new HashMap<>();
  private final Map<String, Organisation> byIati = new HashMap<>();
  private final List<Organisation> all;
  private final Set<String> takenAcronyms = new HashSet<>();

  /** {@code aliases}: text key to acronym, as confirmed by users. */
  public OrganisationMatcher(List<Organisation> organisations, Map<String, String> aliases) {
    this.all = List.copyOf(organisations);
    this.aliases = Map.copyOf(aliases);
    for (Organisation o : organisations) {
      byAcronym.putIfAbsent(TextKey.of(o.acronym()), o);
      byName.putIfAbsent(TextKey.of(o.name()), o);
      if (o.iatiIdentifier() != null) {
        byIati.putIfAbsent(o.iatiIdentifier().strip().toUpperCase(java.util.Locale.ROOT), o);
      }
      takenAcronyms.add(TextKey.of(o.acronym()));
    }
  }

  /** Matches a name or acronym, and an IATI reference when the source gives one. */
  public Matched match(String text, String iatiRef) {
    String key = TextKey.of(text);
    if (iatiRef != null && byIati.containsKey(iatiRef.strip().toUpperCase(java.util.Locale.ROOT))) {
      return Matched.exact(
          text, byIati.get(iatiRef.strip().toUpperCase(java.util.Locale.ROOT)).acronym());
    }
    if (key.isEmpty()) {
      return Matched.unknown(text, List.of());
    }
    if (aliases.containsKey(key)) {
      return Matched.exact(text, aliases.get(key));
    }
    Organisation exact = byAcronym.getOrDefault(key, byName.get(key));
    if (exact != null) {
      return Matched.exact(text, exact.acronym());
    }
    Organisation byInitials = byAcronym.get(TextKey.of(TextKey.initials(text)));
    if (byInitials != null && TextKey.initials(text).length() >= 2 && key.contains(" ")) {
      return Matched.guess(text, byInitials.acronym());
    }
    return Matched.unknown(text, suggestions(text));
  }

  /** The organisation with this acronym, if known. */
  public Organisation byAcronym(String acronym) {
    return byAcronym.get(TextKey.of(acronym));
  }

  /**
   * An acronym for a new organisation named {@code text}: the text itself when short, else its
   * initials (or its IATI reference), made unique with a number; reserved once proposed.
   */
  public String proposeAcronym(String text, String iatiRef) {
    String base;
    String compact = text == null ? "" : text.strip();
    if (compact.length() <= 12 && !compact.contains(" ") && !compact.isEmpty()) {
      base = compact.toUpperCase(java.util.Locale.ROOT);
    } else if (iatiRef != null && iatiRef.length() <= 30) {
      base = iatiRef.strip().toUpperCase(java.util.Locale.ROOT);
    } else {
      String initials = TextKey.initials(text);
      base = initials.isEmpty() ? "ORG" : initials.substring(0, Math.min(initials.length(), 12));
    }
    String candidate = base;
    for (int n = 2; takenAcronyms.contains(TextKey.of(candidate)); n++) {
      candidate = base + "-" + n;
    }
    takenAcronyms.add(TextKey.of(candidate));
    return candidate;
  }

  private List<String> suggestions(String text) {
    return all.stream()
        .map(
            o ->
                Map.entry(
                    o,
                    Math.max(
                        TextKey.similarity(text, o.name()), TextKey.similarity(text, o.acronym()))))
        .filter(e -> e.getValue() > 0)
        .sorted(Map.Entry.<Organisation, Double>comparingByValue(Comparator.reverseOrder()))
        .limit(3)
        .map(e -> e.getKey().acronym() + " (" + e.getKey().name() + ")")
        .toList();
  }
}
