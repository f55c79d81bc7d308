package sn.convergence.ingest.commit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import sn.convergence.geography.AdminLevel;
import sn.convergence.geography.AdminUnit;
import sn.convergence.geography.NameResolver;
import sn.convergence.geography.PCode;
import sn.convergence.geography.PointLocator;
import sn.convergence.geography.Resolution;
import sn.convergence.geography.ResolveQuery;
import sn.convergence.ingest.IatiActivity;
import sn.convergence.ingest.Issue;
import sn.convergence.ingest.IssueCode;

/**
 * Places one IATI {@code <location>} in a region or department of the import's country, trying in
 * turn: its point, in the department whose imported shape covers it; its {@code <administrative>}
 * codes that are P-codes ("SN01", "SN0101") or ISO 3166-2 codes ("SN-DK") of a unit of the country,
 * whatever their vocabulary (the finest wins); its name, resolved by the geography name resolver
 * within the country, at the level the name states ("Département de Kédougou") if it states one (a
 * name that fits a region and its own department equally, "Matam", goes to the region, true in both
 * readings). A unit below the department is placed in its department. A location naming only the
 * country itself is national: not placed, not reported. Any other location not placed is reported:
 * a point with no boundaries imported or outside them, else the codes and name nothing resolves
 * (GeoNames ids, vocabulary G1, have no gazetteer here). Pure once built.
 */
final class LocationPlacer {

  /** Labels of the IATI GeographicVocabulary codes, to name them in the report. */
  private static final Map<String, String> VOCABULARIES =
      Map.of(
          "A1", "GAUL",
          "A2", "UN SALB",
          "A3", "GADM",
          "A4", "ISO 3166-1",
          "G1", "GeoNames",
          "G2", "OpenStreetMap");

  private static final List<String> CODE_KINDS = List.of("PCODE", "ISO_3166_2");

  private final PointLocator locator;
  private final NameResolver resolver;
  private final PCode country;

  LocationPlacer(PointLocator locator, NameResolver resolver, String countryCode) {
    this.locator = locator;
    this.resolver = resolver;
    this.country = PCode.of(countryCode);
  }

  /**
   * The unit the location is placed in; empty when it is not placed, with the reason added to
   * {@code issues} unless the location is national.
   */
  Optional<PCode> place(
      String activity, IatiActivity.Location location, Issue.Location at, List<Issue> issues) {
    Optional<PCode> byPoint = byPoint(location);
    if (byPoint.isPresent()) {
      return byPoint;
    }
    Optional<AdminUnit> unit = byCodes(location).or(() -> byName(location));
    if (unit.isPresent()) {
      return unit.get().level() == AdminLevel.COUNTRY
          ? Optional.empty()
          : Optional.of(atMostDepartment(unit.get()));
    }
    issues.add(unplaced(activity, location, at));
    return Optional.empty();
  }

  private Optional<PCode> byPoint(IatiActivity.Location location) {
    if (!hasPoint(location) || !locator.hasShapes()) {
      return Optional.empty();
    }
    return locator.locate(location.lat(), location.lon());
  }

  private Optional<AdminUnit> byCodes(IatiActivity.Location location) {
    return location.administrativeCodes().stream()
        .map(LocationPlacer::codeOf)
        .filter(code -> !code.isBlank())
        .map(code -> resolver.resolve(query(code)))
        .filter(r -> r.match().isPresent())
        .filter(r -> CODE_KINDS.contains(r.candidates().get(0).matchKind()))
        .map(r -> r.match().get())
        .max(Comparator.comparing(u -> u.level().rank()));
  }

  private Optional<AdminUnit> byName(IatiActivity.Location location) {
    for (String language : new String[] {"fr", "en"}) {
      Optional<AdminUnit> unit = resolveName(location.names().get(language));
      if (unit.isPresent()) {
        return unit;
      }
    }
    return location.names().values().stream()
        .map(this::resolveName)
        .flatMap(Optional::stream)
        .findFirst();
  }

  private Optional<AdminUnit> resolveName(String name) {
    if (name == null || name.isBlank()) {
      return Optional.empty();
    }
    Resolution resolution =
        resolver.resolve(levelHint(name).map(query(name)::atLevel).orElse(query(name)));
    if (resolution.status() == Resolution.Status.MATCHED) {
      return resolution.match();
    }
    return resolution.status() == Resolution.Status.AMBIGUOUS
        ? commonAncestor(resolution.candidates())
        : Optional.empty();
  }

  /** Among the equally best candidates, the coarsest when all the others lie inside it. */
  private static Optional<AdminUnit> commonAncestor(List<Resolution.Candidate> candidates) {
    double best = candidates.get(0).score();
    List<AdminUnit> tied =
        candidates.stream().filter(c -> c.score() == best).map(Resolution.Candidate::unit).toList();
    AdminUnit coarsest =
        tied.stream().min(Comparator.comparing(u -> u.level().rank())).orElseThrow();
    return tied.stream().allMatch(u -> u.isWithin(coarsest.pcode()))
        ? Optional.of(coarsest)
        : Optional.empty();
  }

  /** The level a name states ("Département de Kédougou", "Région de Matam"), if it states one. */
  private static Optional<AdminLevel> levelHint(String name) {
    String plain =
        java.text.Normalizer.normalize(name.strip(), java.text.Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(java.util.Locale.ROOT);
    if (plain.startsWith("departement") || plain.startsWith("dept")) {
      return Optional.of(AdminLevel.DEPARTMENT);
    }
    return plain.startsWith("region ") || plain.startsWith("region d")
        ? Optional.of(AdminLevel.REGION)
        : Optional.empty();
  }

  private ResolveQuery query(String text) {
    return ResolveQuery.of(text).within(country);
  }

  /** The unit itself down to department level, else its department (from its path). */
  private static PCode atMostDepartment(AdminUnit unit) {
    if (unit.level().rank() <= AdminLevel.DEPARTMENT.rank()) {
      return unit.pcode();
    }
    String[] path = unit.path().split("/");
    return PCode.of(path[AdminLevel.DEPARTMENT.rank()]);
  }

  private Issue unplaced(String activity, IatiActivity.Location location, Issue.Location at) {
    if (hasPoint(location)) {
      IssueCode code =
          locator.hasShapes()
              ? IssueCode.IATI_LOCATION_OUTSIDE
              : IssueCode.IATI_LOCATION_NO_BOUNDARIES;
      return Issue.of(code, at, activity, location.lat(), location.lon());
    }
    List<String> codes = new ArrayList<>();
    for (String code : location.administrativeCodes()) {
      String vocabulary = vocabularyOf(code);
      String label = VOCABULARIES.get(vocabulary);
      codes.add(
          (vocabulary.isEmpty() ? "" : vocabulary + (label == null ? "" : " (" + label + ")") + " ")
              + codeOf(code));
    }
    String name =
        location
            .names()
            .getOrDefault("fr", location.names().values().stream().findFirst().orElse("—"));
    return Issue.of(
        IssueCode.IATI_LOCATION_UNPLACED,
        at,
        activity,
        name,
        codes.isEmpty() ? "—" : String.join(", ", codes));
  }

  private static boolean hasPoint(IatiActivity.Location location) {
    return location.lat() != null && location.lon() != null;
  }

  /** The code of a "vocabulary:code" entry. */
  private static String codeOf(String entry) {
    int colon = entry.indexOf(':');
    return (colon < 0 ? entry : entry.substring(colon + 1)).strip();
  }

  private static String vocabularyOf(String entry) {
    int colon = entry.indexOf(':');
    return colon < 0 ? "" : entry.substring(0, colon).strip();
  }
}
