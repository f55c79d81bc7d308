package sn.convergence.ingest.commit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import sn.convergence.actors.OrganisationType;
import sn.convergence.geography.NameResolver;
import sn.convergence.geography.PointLocator;
import sn.convergence.ingest.IatiActivity;
import sn.convergence.ingest.Issue;
import sn.convergence.ingest.IssueCode;
import sn.convergence.registry.BeneficiaryUnit;
import sn.convergence.registry.InterventionType;
import sn.convergence.registry.Period;

/**
 * Turns IATI activities kept for this country into planned interventions: the IATI identifier is
 * the intervention code (shortened with a digest past 60 characters), French title and description
 * first, English otherwise; participating organisations matched by IATI reference or name and
 * created when unknown; DAC sectors mapped to the taxonomy's types (several candidates: the one
 * closest to the title; none: "Other sector", with the sectors named); budgets become national
 * facts per budget period in XOF (a revised budget replaces the original of the same period); an
 * activity without budget is recorded as present nationally over its dates; its locations are
 * placed in regions or departments ({@link LocationPlacer}). Pure once built.
 */
public final class IatiPlanner {

  private static final int MAX_CODE = 60;

  private final OrganisationMatcher organisations;
  private final TypeMatcher types;
  private final ImportOptions options;
  private final String sourceName;
  private final Map<String, NewOrganisation> newOrganisations = new LinkedHashMap<>();
  private final List<PlannedIntervention> interventions = new ArrayList<>();
  private final LocationPlacer placer;

  /**
   * {@code locator} places points in departments, {@code resolver} administrative codes and names
   * of locations in units of {@code options.country()}.
   */
  public IatiPlanner(
      OrganisationMatcher organisations,
      TypeMatcher types,
      ImportOptions options,
      String sourceName,
      PointLocator locator,
      NameResolver resolver) {
    this.placer = new LocationPlacer(locator, resolver, options.country());
    this.organisations = organisations;
    this.types = types;
    this.options = options;
    this.sourceName = sourceName;
  }

  /** The registry code of an IATI identifier. */
  public static String code(String identifier) {
    String id = identifier.strip();
    return id.length() <= MAX_CODE
        ? id
        : id.substring(0, MAX_CODE - 9) + "-" + Digests.shortHex(id);
  }

  /** Plans one activity; {@code index} locates it in the report. Returns its issues. */
  public List<Issue> add(IatiActivity activity, int index) {
    Issue.Location at = new Issue.Location("iati-activity", index, activity.identifier());
    List<Issue> issues = new ArrayList<>();
    List<PlannedIntervention.Participant> participants = participants(activity, at, issues);
    List<InterventionType> matched = types(activity, at, issues);
    String title = text(activity.titles(), activity.identifier());
    PlannedIntervention intervention =
        new PlannedIntervention(
            code(activity.identifier()),
            title.length() > 300 ? title.substring(0, 300) : title,
            text(activity.descriptions(), null),
            matched.stream().map(InterventionType::code).toList(),
            participants,
            List.of(),
            status(activity.status()),
            "IATI " + activity.identifier(),
            at);
    BeneficiaryUnit unit =
        matched.stream()
            .map(InterventionType::defaultUnit)
            .filter(u -> u != null)
            .findFirst()
            .orElse(BeneficiaryUnit.PEOPLE);
    facts(activity, intervention, unit, at, issues);
    if (!intervention.facts().isEmpty()) {
      interventions.add(intervention);
    }
    return issues;
  }

  public ImportPlan plan() {
    return new ImportPlan(List.copyOf(newOrganisations.values()), interventions);
  }

  private List<PlannedIntervention.Participant> participants(
      IatiActivity activity, Issue.Location at, List<Issue> issues) {
    Set<PlannedIntervention.Participant> out = new LinkedHashSet<>();
    List<IatiActivity.Organisation> orgs = new ArrayList<>(activity.participatingOrgs());
    if (orgs.isEmpty() && activity.reportingOrg() != null) {
      orgs.add(activity.reportingOrg());
    }
    for (IatiActivity.Organisation org : orgs) {
      String name = text(org.names(), org.ref());
      if (name == null) {
        continue;
      }
      Matched match = organisations.match(name, org.ref());
      String acronym = match.found() ? match.target() : create(org, name, at, issues);
      out.add(new PlannedIntervention.Participant(acronym, role(org.role())));
    }
    return List.copyOf(out);
  }

  private String create(
      IatiActivity.Organisation org, String name, Issue.Location at, List<Issue> issues) {
    String key =
        org.ref() != null
            ? "ref:" + org.ref().strip().toUpperCase(java.util.Locale.ROOT)
            : TextKey.of(name);
    NewOrganisation created = newOrganisations.get(key);
    if (created == null) {
      created =
          new NewOrganisation(
              organisations.proposeAcronym(name, org.ref()), name.strip(), type(org), org.ref());
      newOrganisations.put(key, created);
      issues.add(Issue.of(IssueCode.ORGANISATION_CREATED, at, name, created.acronym()));
    }
    return created.acronym();
  }

  private List<InterventionType> types(
      IatiActivity activity, Issue.Location at, List<Issue> issues) {
    String title = text(activity.titles(), "");
    List<InterventionType> found = new ArrayList<>();
    List<String> outside = new ArrayList<>();
    for (IatiActivity.Sector sector : activity.sectors()) {
      List<InterventionType> candidates = candidates(sector);
      if (candidates.isEmpty()) {
        String label = sector.labelFr() != null ? sector.labelFr() : sector.labelEn();
        outside.add(sector.code() + (label == null ? "" : " " + label));
        continue;
      }
      InterventionType chosen = types.closest(candidates, title);
      if (!found.contains(chosen)) {
        found.add(chosen);
        if (candidates.size() > 1) {
          issues.add(Issue.of(IssueCode.TYPE_GUESSED, at, sector.code(), chosen.code()));
        }
      }
    }
    if (found.isEmpty()) {
      issues.add(
          Issue.of(
              IssueCode.TYPE_OUTSIDE_TAXONOMY,
              at,
              outside.isEmpty() ? "—" : String.join(", ", outside)));
      return List.of(otherSector());
    }
    return found;
  }

  private List<InterventionType> candidates(IatiActivity.Sector sector) {
    String vocabulary = sector.vocabulary() == null ? "1" : sector.vocabulary();
    if (sector.code() == null) {
      return List.of();
    }
    if (vocabulary.equals("1")) {
      return types.withDacSector(sector.code());
    }
    return List.of();
  }

  private static InterventionType otherSector() {
    return new InterventionType(TypeMatcher.OTHER_SECTOR, "OTHER", null, null, null);
  }

  private void facts(
      IatiActivity activity,
      PlannedIntervention intervention,
      BeneficiaryUnit unit,
      Issue.Location at,
      List<Issue> issues) {
    Map<String, IatiActivity.Budget> byPeriod = new LinkedHashMap<>();
    for (IatiActivity.Budget budget : activity.budgets()) {
      if (budget.start() == null
          || budget.end() == null
          || budget.value() == null
          || budget.end().isBefore(budget.start())) {
        continue;
      }
      String key = budget.start() + "/" + budget.end();
      IatiActivity.Budget earlier = byPeriod.get(key);
      if (earlier == null || "2".equals(budget.type())) {
        byPeriod.put(key, budget);
      }
    }
    for (IatiActivity.Budget budget : byPeriod.values()) {
      String currency = budget.currency() != null ? budget.currency() : activity.defaultCurrency();
      Long xof =
          Figures.xof(
              budget.value(), currency, budget.value().toPlainString(), options, at, issues);
      intervention.add(fact(Period.between(budget.start(), budget.end()), unit, xof, intervention));
    }
    LocalDate start = first(activity.dates(), "2", "1");
    LocalDate end = first(activity.dates(), "4", "3");
    if (start != null && end != null && !end.isBefore(start)) {
      locations(activity, intervention, unit, Period.between(start, end), at, issues);
    }
    if (intervention.facts().isEmpty()) {
      if (start != null && end != null && !end.isBefore(start)) {
        issues.add(Issue.of(IssueCode.IATI_NO_FIGURES, at, activity.identifier()));
        intervention.add(fact(Period.between(start, end), unit, null, intervention));
      } else {
        issues.add(Issue.of(IssueCode.PERIOD_MISSING_YEAR, at, activity.identifier()));
      }
    }
  }

  /**
   * Each location the {@link LocationPlacer} places (by point, administrative code or name) becomes
   * a fact without figures (presence) in its unit over the activity's dates; the others are
   * reported.
   */
  private void locations(
      IatiActivity activity,
      PlannedIntervention intervention,
      BeneficiaryUnit unit,
      Period period,
      Issue.Location at,
      List<Issue> issues) {
    for (IatiActivity.Location location : activity.locations()) {
      placer
          .place(activity.identifier(), location, at, issues)
          .ifPresent(
              pcode ->
                  intervention.add(
                      new PlannedFact(
                          pcode.value(),
                          period.label(),
                          period.start(),
                          period.end(),
                          null,
                          null,
                          unit.name(),
                          null,
                          sourceName + " — IATI " + intervention.code(),
                          0)));
    }
  }

  private PlannedFact fact(
      Period period, BeneficiaryUnit unit, Long xof, PlannedIntervention intervention) {
    return new PlannedFact(
        options.country(),
        period.label(),
        period.start(),
        period.end(),
        null,
        null,
        unit.name(),
        xof,
        sourceName + " — IATI " + intervention.code(),
        0);
  }

  private static LocalDate first(Map<String, LocalDate> dates, String... types) {
    for (String type : types) {
      if (dates.get(type) != null) {
        return dates.get(type);
      }
    }
    return null;
  }

  private static String text(Map<String, String> byLanguage, String fallback) {
    for (String language : new String[] {"fr", "en", ""}) {
      String text = byLanguage.get(language);
      if (text != null && !text.isBlank()) {
        return text.strip();
      }
    }
    return byLanguage.values().stream()
        .filter(t -> t != null && !t.isBlank())
        .findFirst()
        .map(String::strip)
        .orElse(fallback);
  }

  static String role(String iatiRole) {
    return switch (iatiRole == null ? "" : iatiRole.strip()) {
      case "1" -> "FUNDER";
      case "4" -> "IMPLEMENTER";
      default -> "PARTNER";
    };
  }

  static String status(String iatiStatus) {
    return switch (iatiStatus == null ? "" : iatiStatus.strip()) {
      case "1" -> "PLANNED";
      case "3", "4" -> "COMPLETED";
      case "5", "6" -> "SUSPENDED";
      default -> "ONGOING";
    };
  }

  static OrganisationType type(IatiActivity.Organisation org) {
    String code = org.type() == null ? "" : org.type().strip();
    return switch (code) {
      case "10", "11", "15" -> OrganisationType.GOVERNMENT;
      case "21" -> OrganisationType.INTERNATIONAL_NGO;
      case "22", "23", "24" -> OrganisationType.NATIONAL_NGO;
      case "30", "70", "71", "72", "73" -> OrganisationType.PRIVATE;
      case "40" -> OrganisationType.UN_AGENCY;
      case "60" -> OrganisationType.DONOR;
      case "80" -> OrganisationType.RESEARCH;
      case "90" -> OrganisationType.CIVIL_SOCIETY;
      default -> "1".equals(org.role()) ? OrganisationType.DONOR : OrganisationType.NATIONAL_NGO;
    };
  }
}
