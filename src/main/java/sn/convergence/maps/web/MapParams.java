package sn.convergence.maps.web;

import java.util.List;
import java.util.Locale;
import org.springframework.web.util.UriComponentsBuilder;
import sn.convergence.actors.Organisation;
import sn.convergence.actors.OrganisationId;
import sn.convergence.actors.Organisations;
import sn.convergence.convergence.ConvergenceQuery;
import sn.convergence.geography.AdminLevel;
import sn.convergence.maps.ClassMethod;
import sn.convergence.maps.MapLayerQuery;
import sn.convergence.maps.Measure;
import sn.convergence.maps.Palette;
import sn.convergence.registry.InterventionStatus;
import sn.convergence.system.web.QueryParams;

/**
 * The map's state as query parameters, shared by the page, the layer API and the SVG export so that
 * a URL reproduces a view. Unreadable values fall back to defaults (a page never answers 400); an
 * unknown organisation acronym matches nothing. {@code measure2} is the second measure drawn as
 * proportional symbols (blank or unknown: none); {@code convergence} ({@code on}) turns the
 * convergence layer on.
 */
public record MapParams(
    String level,
    String year,
    String measure,
    String unit,
    String method,
    String classes,
    String palette,
    String family,
    String type,
    String organisation,
    String targetGroup,
    String status,
    String measure2,
    String convergence) {

  static final int DEFAULT_CLASSES = 5;

  /** The typed query; {@code years} are the years with coverage (oldest first). */
  MapLayerQuery toQuery(List<Integer> years, int fallbackYear, Organisations organisations) {
    return new MapLayerQuery(
        adminLevel(),
        year(years, fallbackYear),
        Measure.parse(QueryParams.text(measure), QueryParams.text(unit)),
        ClassMethod.parse(method),
        classCount(),
        Palette.parse(palette),
        QueryParams.text(family),
        QueryParams.text(type),
        organisationId(organisations),
        QueryParams.text(targetGroup),
        QueryParams.text(status) == null ? null : InterventionStatus.parse(status),
        secondMeasure());
  }

  /** The second measure, null when none (blank or unknown text). */
  Measure secondMeasure() {
    String text = QueryParams.text(measure2);
    if (text == null) {
      return null;
    }
    Measure parsed = Measure.parse(text, QueryParams.text(unit));
    return parsed.code().equalsIgnoreCase(text) ? parsed : null;
  }

  /**
   * The years of the convergence layer's analysis for a map year: the three years ending with it
   * (the analysis's default period when the map shows its default year), within the years an
   * analysis accepts. The map's script applies the same rule.
   */
  static int[] convergenceYears(int year) {
    int to = Math.max(ConvergenceQuery.FIRST_YEAR, Math.min(ConvergenceQuery.LAST_YEAR, year));
    return new int[] {Math.max(ConvergenceQuery.FIRST_YEAR, to - 2), to};
  }

  /** True when the convergence layer is on. */
  public boolean convergenceLayer() {
    String text = QueryParams.text(convergence);
    return text != null && List.of("on", "true", "1").contains(text.toLowerCase(Locale.ROOT));
  }

  AdminLevel adminLevel() {
    return "REGION".equalsIgnoreCase(QueryParams.text(level))
        ? AdminLevel.REGION
        : AdminLevel.DEPARTMENT;
  }

  int year(List<Integer> years, int fallbackYear) {
    return resolveYear(number(year), years, fallbackYear);
  }

  /**
   * The year asked (1950 to 2100; context indicators may cover years without coverage), else the
   * latest year with coverage, else the fallback.
   */
  static int resolveYear(Integer asked, List<Integer> years, int fallbackYear) {
    if (asked != null && asked >= 1950 && asked <= 2100) {
      return asked;
    }
    return years.isEmpty() ? fallbackYear : years.get(years.size() - 1);
  }

  int classCount() {
    Integer n = number(classes);
    return n == null ? DEFAULT_CLASSES : Math.max(2, Math.min(7, n));
  }

  /** The query string of this state with the given year (empty values left out), without '?'. */
  String queryString(int resolvedYear) {
    UriComponentsBuilder b = UriComponentsBuilder.newInstance();
    QueryParams.add(b, "level", adminLevel().name());
    QueryParams.add(b, "year", Integer.toString(resolvedYear));
    QueryParams.add(b, "measure", measure);
    QueryParams.add(b, "unit", unit);
    QueryParams.add(b, "method", method);
    QueryParams.add(b, "classes", classes);
    QueryParams.add(b, "palette", palette);
    QueryParams.add(b, "family", family);
    QueryParams.add(b, "type", type);
    QueryParams.add(b, "organisation", organisation);
    QueryParams.add(b, "targetGroup", targetGroup);
    QueryParams.add(b, "status", status);
    QueryParams.add(b, "measure2", measure2);
    QueryParams.add(b, "convergence", convergenceLayer() ? "on" : null);
    String query = b.encode().build().getQuery();
    return query == null ? "" : query;
  }

  private OrganisationId organisationId(Organisations organisations) {
    String t = QueryParams.text(organisation);
    if (t == null) {
      return null;
    }
    if (t.chars().allMatch(Character::isDigit) && t.length() < 12) {
      return OrganisationId.of(Long.parseLong(t));
    }
    return organisations
        .findByAcronym(t)
        .map(Organisation::id)
        .orElse(OrganisationId.of(Long.MAX_VALUE));
  }

  private static Integer number(String value) {
    Long n = QueryParams.digits(value, 6);
    return n == null ? null : n.intValue();
  }
}
