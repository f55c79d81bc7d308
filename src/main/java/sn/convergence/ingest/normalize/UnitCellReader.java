package sn.convergence.ingest.normalize;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import sn.convergence.geography.AdminLevel;
import sn.convergence.geography.NameNormalizer;
import sn.convergence.geography.NameResolver;
import sn.convergence.geography.PCode;
import sn.convergence.geography.Resolution;
import sn.convergence.geography.ResolveQuery;
import sn.convergence.ingest.UnitCell;

/**
 * Reads an administrative-unit cell through the geography's name resolver. A cell naming several
 * units ("Matam/Podor") becomes a multi-unit aggregate; a foreign P-code, a foreign country column
 * or a known foreign region name gives {@link UnitCell.Status#OUTSIDE_COUNTRY}. Pure.
 */
public final class UnitCellReader {

  private static final Pattern SEPARATORS =
      Pattern.compile("\\s*(?:/|\\+|&|;|,|\\bet\\b|\\band\\b)\\s*", Pattern.CASE_INSENSITIVE);
  private static final int MAX_SUGGESTIONS = 3;
  private static final int CACHE_SIZE = 2_000;

  private final NameResolver resolver;
  private final ForeignUnits foreign;
  private final String homeCountry;
  private final Set<String> homeNames;
  private final RecentAnswers<Question, UnitCell> cache;
  private final RecentAnswers<String, Boolean> homeCountryCells;

  /** {@code homeCountry} is the ISO alpha-2 code whose P-codes the resolver knows ("SN"). */
  public UnitCellReader(
      NameResolver resolver, ForeignUnits foreign, String homeCountry, Set<String> homeNames) {
    this.resolver = resolver;
    this.foreign = foreign;
    this.homeCountry = homeCountry.toUpperCase(Locale.ROOT);
    this.homeNames =
        homeNames.stream().map(NameNormalizer::normalize).collect(Collectors.toUnmodifiableSet());
    this.cache = null;
    this.homeCountryCells = null;
  }

  private UnitCellReader(UnitCellReader shared) {
    this.resolver = shared.resolver;
    this.foreign = shared.foreign;
    this.homeCountry = shared.homeCountry;
    this.homeNames = shared.homeNames;
    this.cache = new RecentAnswers<>(CACHE_SIZE);
    this.homeCountryCells = new RecentAnswers<>(CACHE_SIZE);
  }

  /**
   * A reader that remembers its last {@value #CACHE_SIZE} answers (files repeat the same names).
   * Not thread-safe: use one per import run.
   */
  public UnitCellReader withCache() {
    return new UnitCellReader(this);
  }

  /** Senegal, its names and codes, and the bundled foreign unit list. */
  public static UnitCellReader senegal(NameResolver resolver) {
    return new UnitCellReader(
        resolver,
        ForeignUnits.bundled(),
        "SN",
        Set.of("SN", "SEN", "Sénégal", "Senegal", "République du Sénégal", "Republic of Senegal"));
  }

  /** True when a country cell is blank or names this country. */
  public boolean isHomeCountry(String countryCell) {
    if (countryCell == null || countryCell.isBlank()) {
      return true;
    }
    return homeCountryCells == null
        ? namesHomeCountry(countryCell)
        : homeCountryCells.get(countryCell, this::namesHomeCountry);
  }

  private boolean namesHomeCountry(String countryCell) {
    return homeNames.contains(NameNormalizer.normalize(countryCell));
  }

  /** Reads a unit cell at the given level, within the parent when known, on the given date. */
  public UnitCell read(String raw, AdminLevel level, PCode parent, LocalDate validOn) {
    if (raw == null || raw.isBlank()) {
      return UnitCell.blank();
    }
    if (cache == null) {
      return resolve(raw, level, parent, validOn);
    }
    return cache.get(
        new Question(raw, level, parent, validOn),
        q -> resolve(q.raw(), q.level(), q.parent(), q.validOn()));
  }

  /** What {@link #read} is asked, as the key of its remembered answers. */
  private record Question(String raw, AdminLevel level, PCode parent, LocalDate validOn) {}

  private UnitCell resolve(String raw, AdminLevel level, PCode parent, LocalDate validOn) {
    String text = raw.strip();
    String upper = text.toUpperCase(Locale.ROOT);
    if (PCode.looksLike(upper) && upper.length() > 2 && !upper.startsWith(homeCountry)) {
      return UnitCell.outside(text, upper.substring(0, 2));
    }
    Resolution whole = resolver.resolve(query(text, level, parent, validOn));
    if (whole.status() == Resolution.Status.MATCHED) {
      return UnitCell.matched(text, whole.candidates().get(0).unit().pcode());
    }
    UnitCell multiple = readParts(text, level, parent, validOn);
    if (multiple != null) {
      return multiple;
    }
    var country = foreign.countryOf(text);
    if (country.isPresent()) {
      return UnitCell.outside(text, country.get());
    }
    return unresolved(text, whole);
  }

  private UnitCell readParts(String text, AdminLevel level, PCode parent, LocalDate validOn) {
    String[] parts = SEPARATORS.split(text);
    if (parts.length < 2) {
      return null;
    }
    List<PCode> pcodes = new ArrayList<>();
    for (String part : parts) {
      Resolution resolution = resolver.resolve(query(part, level, parent, validOn));
      if (resolution.status() != Resolution.Status.MATCHED) {
        resolution = resolver.resolve(query(part, null, parent, validOn));
      }
      if (resolution.status() != Resolution.Status.MATCHED) {
        return null;
      }
      PCode pcode = resolution.candidates().get(0).unit().pcode();
      if (!pcodes.contains(pcode)) {
        pcodes.add(pcode);
      }
    }
    return new UnitCell(text, UnitCell.Status.MULTIPLE, pcodes, List.of(), null);
  }

  private static UnitCell unresolved(String text, Resolution resolution) {
    UnitCell.Status status =
        switch (resolution.status()) {
          case AMBIGUOUS -> UnitCell.Status.AMBIGUOUS;
          case UNCERTAIN -> UnitCell.Status.UNCERTAIN;
          default -> UnitCell.Status.UNKNOWN;
        };
    List<String> suggestions =
        resolution.candidates().stream()
            .limit(MAX_SUGGESTIONS)
            .map(c -> c.unit().name() + " (" + c.unit().pcode() + ")")
            .toList();
    return new UnitCell(text, status, List.of(), suggestions, null);
  }

  private static ResolveQuery query(
      String text, AdminLevel level, PCode parent, LocalDate validOn) {
    return new ResolveQuery(text, level, parent, validOn, null);
  }
}
