package sn.convergence.geography;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Resolves free text to ranked administrative units. Pure: built from units and aliases, it keeps
 * no reference to storage and can be shared between threads. It never guesses between equally good
 * candidates: those come back as {@link Resolution.Status#AMBIGUOUS}.
 */
public final class NameResolver {

  static final double EXACT_NAME = 1.0;
  static final double EXACT_ALIAS = 0.98;
  static final double COMPACT = 0.95;
  static final double MATCH_THRESHOLD = 0.85;
  static final double FUZZY_FLOOR = 0.72;
  static final double TIE_MARGIN = 0.02;
  private static final int MAX_CANDIDATES = 5;
  private static final Pattern ANSD_PREFIX = Pattern.compile("(?i)^\\s*ANSD\\s*[:\\- ]\\s*");
  private static final Pattern DIGITS = Pattern.compile("\\d{1,2}");

  private final Map<PCode, AdminUnit> units = new LinkedHashMap<>();
  private final List<NameKey> keys = new ArrayList<>();
  private final Map<String, List<NameKey>> byKey = new HashMap<>();
  private final Map<String, List<NameKey>> byCompact = new HashMap<>();
  private final Map<String, PCode> isoCodes = new HashMap<>();
  private final List<AdminUnitAlias> ansdCodes = new ArrayList<>();

  private record NameKey(
      PCode pcode,
      String label,
      String key,
      String compact,
      double exactScore,
      AdminUnitAlias alias) {}

  public NameResolver(List<AdminUnit> allUnits, List<AdminUnitAlias> aliases) {
    for (AdminUnit unit : allUnits) {
      units.put(unit.pcode(), unit);
      addKey(new NameKey(unit.pcode(), unit.name(), null, null, EXACT_NAME, null));
    }
    for (AdminUnitAlias alias : aliases) {
      if (!units.containsKey(alias.pcode())) {
        continue;
      }
      switch (alias.kind()) {
        case ISO_3166_2 -> isoCodes.put(alias.alias().toUpperCase(Locale.ROOT), alias.pcode());
        case ANSD -> ansdCodes.add(alias);
        default ->
            addKey(new NameKey(alias.pcode(), alias.alias(), null, null, EXACT_ALIAS, alias));
      }
    }
  }

  private void addKey(NameKey raw) {
    String key = NameNormalizer.normalize(raw.label());
    if (key.isEmpty()) {
      return;
    }
    NameKey nameKey =
        new NameKey(
            raw.pcode(),
            raw.label(),
            key,
            NameNormalizer.compact(key),
            raw.exactScore(),
            raw.alias());
    keys.add(nameKey);
    byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(nameKey);
    byCompact.computeIfAbsent(nameKey.compact(), k -> new ArrayList<>()).add(nameKey);
  }

  /** Ranks the units that the query's text may name. */
  public Resolution resolve(ResolveQuery query) {
    String text = query.text() == null ? "" : query.text().strip();
    Map<PCode, Resolution.Candidate> best = new LinkedHashMap<>();
    if (!text.isEmpty()) {
      collectCodeMatches(text, query, best);
      if (best.isEmpty()) {
        collectNameMatches(text, query, best);
      }
    }
    List<Resolution.Candidate> ranked = new ArrayList<>(best.values());
    ranked.sort(
        Comparator.comparingDouble(Resolution.Candidate::score)
            .reversed()
            .thenComparing(c -> c.unit().level().rank())
            .thenComparing(c -> c.unit().pcode()));
    List<Resolution.Candidate> top = ranked.subList(0, Math.min(MAX_CANDIDATES, ranked.size()));
    return new Resolution(text, verdict(top), top);
  }

  private static Resolution.Status verdict(List<Resolution.Candidate> ranked) {
    if (ranked.isEmpty()) {
      return Resolution.Status.NOT_FOUND;
    }
    double first = ranked.get(0).score();
    if (first < MATCH_THRESHOLD) {
      return Resolution.Status.UNCERTAIN;
    }
    if (ranked.size() > 1 && first - ranked.get(1).score() <= TIE_MARGIN) {
      return Resolution.Status.AMBIGUOUS;
    }
    return Resolution.Status.MATCHED;
  }

  private void collectCodeMatches(
      String text, ResolveQuery query, Map<PCode, Resolution.Candidate> best) {
    String upper = text.toUpperCase(Locale.ROOT);
    if (PCode.looksLike(upper)) {
      offer(best, query, PCode.of(upper), 1.0, upper, "PCODE");
    }
    PCode iso = isoCodes.get(upper);
    if (iso != null) {
      offer(best, query, iso, 1.0, upper, "ISO_3166_2");
    }
    boolean ansdPrefixed = ANSD_PREFIX.matcher(text).find();
    if (ansdPrefixed || "ANSD".equalsIgnoreCase(query.scheme())) {
      String code = ANSD_PREFIX.matcher(text).replaceFirst("").strip();
      if (DIGITS.matcher(code).matches()) {
        String padded = code.length() == 1 ? "0" + code : code;
        for (AdminUnitAlias alias : ansdCodes) {
          if (alias.alias().equals(padded) && alias.isValidOn(query.validOn())) {
            offer(best, query, alias.pcode(), 1.0, "ANSD " + padded, "ANSD");
          }
        }
      }
    }
  }

  private void collectNameMatches(
      String text, ResolveQuery query, Map<PCode, Resolution.Candidate> best) {
    String key = NameNormalizer.normalize(text);
    if (key.isEmpty()) {
      return;
    }
    String compact = NameNormalizer.compact(key);
    for (NameKey nameKey : byKey.getOrDefault(key, List.of())) {
      offerKey(best, query, nameKey, nameKey.exactScore(), "EXACT");
    }
    for (NameKey nameKey : byCompact.getOrDefault(compact, List.of())) {
      offerKey(best, query, nameKey, COMPACT, "COMPACT");
    }
    if (best.isEmpty() || topScore(best) < MATCH_THRESHOLD) {
      for (NameKey nameKey : keys) {
        double similarity = Similarity.ratio(compact, nameKey.compact());
        if (similarity >= FUZZY_FLOOR) {
          offerKey(best, query, nameKey, similarity * 0.9, "FUZZY");
        }
      }
    }
  }

  private static double topScore(Map<PCode, Resolution.Candidate> best) {
    return best.values().stream().mapToDouble(Resolution.Candidate::score).max().orElse(0);
  }

  private void offerKey(
      Map<PCode, Resolution.Candidate> best,
      ResolveQuery query,
      NameKey key,
      double score,
      String kind) {
    if (key.alias() != null && !key.alias().isValidOn(query.validOn())) {
      return;
    }
    offer(best, query, key.pcode(), score, key.label(), kind);
  }

  private void offer(
      Map<PCode, Resolution.Candidate> best,
      ResolveQuery query,
      PCode pcode,
      double score,
      String matchedOn,
      String kind) {
    AdminUnit unit = units.get(pcode);
    if (unit == null || !accepts(unit, query)) {
      return;
    }
    Resolution.Candidate current = best.get(pcode);
    if (current == null || current.score() < score) {
      best.put(pcode, new Resolution.Candidate(unit, score, matchedOn, kind));
    }
  }

  private static boolean accepts(AdminUnit unit, ResolveQuery query) {
    return (query.level() == null || unit.level() == query.level())
        && (query.parent() == null || unit.isWithin(query.parent()))
        && unit.isValidOn(query.validOn());
  }
}
