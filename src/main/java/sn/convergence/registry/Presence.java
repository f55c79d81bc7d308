package sn.convergence.registry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import sn.convergence.actors.Organisation;
import sn.convergence.actors.OrganisationId;
import sn.convergence.actors.Organisations;
import sn.convergence.geography.AdminLevel;
import sn.convergence.geography.AdminUnit;
import sn.convergence.geography.AdminUnits;
import sn.convergence.geography.PCode;
import sn.convergence.registry.internal.CoverageStore;
import sn.convergence.registry.internal.InterventionFilter;
import sn.convergence.registry.internal.InterventionStore;
import sn.convergence.system.NotFoundException;

/**
 * "Who does what where": loads coverage rows with one query and aggregates them with {@link
 * PresenceCalculator}. A row is in a year when its period overlaps that calendar year. Public
 * figures count VALIDATED interventions only; coordinators and administrators may ask for drafts,
 * submitted and returned ones too (a request to include drafts by anyone else is ignored).
 */
@Service
public class Presence {

  private final CoverageStore coverage;
  private final InterventionStore interventions;
  private final Interventions registry;
  private final Organisations organisations;
  private final AdminUnits adminUnits;
  private final Taxonomy taxonomy;
  private final InterventionPermissions permissions;

  Presence(
      CoverageStore coverage,
      InterventionStore interventions,
      Interventions registry,
      Organisations organisations,
      AdminUnits adminUnits,
      Taxonomy taxonomy,
      InterventionPermissions permissions) {
    this.permissions = permissions;
    this.coverage = coverage;
    this.interventions = interventions;
    this.registry = registry;
    this.organisations = organisations;
    this.adminUnits = adminUnits;
    this.taxonomy = taxonomy;
  }

  @Transactional(readOnly = true)
  public PresenceReport report(PresenceQuery q) {
    InterventionFilter filter =
        new InterventionFilter()
            .family(q.family())
            .type(q.type())
            .organisation(q.organisation() == null ? null : q.organisation().value())
            .targetGroup(q.targetGroup())
            .status(q.status() == null ? null : q.status().name())
            .reviewStatusIn(visibleStatuses(q.includeDrafts()))
            .coverageDuring(q.from(), q.to());
    List<AdminUnit> units =
        adminUnits.all().stream()
            .filter(u -> u.level() == q.level())
            .filter(u -> existsDuring(u, q.from(), q.to()))
            .sorted(Comparator.comparing(AdminUnit::pcode))
            .toList();
    return calculator().compute(rows(filter), q.level(), q.from(), q.to(), units);
  }

  /**
   * The calendar years that have coverage, oldest first, capped at the current year; empty when the
   * registry has no coverage.
   */
  @Transactional(readOnly = true)
  public List<Integer> years() {
    int thisYear = java.time.LocalDate.now().getYear();
    return coverage
        .yearRange()
        .map(
            r ->
                java.util.stream.IntStream.rangeClosed(r[0], Math.min(r[1], thisYear))
                    .boxed()
                    .toList())
        .orElse(List.of());
  }

  /** National totals of one year: every coverage row of the year, whatever its level. */
  @Transactional(readOnly = true)
  public UnitPresence nationalTotals(int year) {
    return report(PresenceQuery.ofYear(AdminLevel.REGION, year)).totals();
  }

  /** The fact sheet of one unit for one year, from validated interventions. */
  @Transactional(readOnly = true)
  public UnitFiche forUnit(PCode pcode, int year) {
    return forUnit(pcode, year, false);
  }

  /** The fact sheet of one unit for one year; drafts only for coordinators who ask for them. */
  @Transactional(readOnly = true)
  public UnitFiche forUnit(PCode pcode, int year, boolean includeDrafts) {
    List<String> statuses = visibleStatuses(includeDrafts);
    AdminUnit unit =
        adminUnits.find(pcode).orElseThrow(() -> new NotFoundException("Admin unit", pcode));
    LocalDate from = LocalDate.of(year, 1, 1);
    LocalDate to = LocalDate.of(year, 12, 31);
    List<String> related =
        adminUnits.all().stream()
            .filter(u -> u.isWithin(pcode) || unit.isWithin(u.pcode()))
            .map(u -> u.pcode().value())
            .toList();
    InterventionFilter filter =
        new InterventionFilter()
            .reviewStatusIn(statuses)
            .coverageIn(related)
            .coverageDuring(from, to);
    PresenceReport report =
        calculator().compute(rows(filter), unit.level(), from, to, List.of(unit));
    List<InterventionSummary> present =
        registry
            .list(new InterventionQuery(null, null, null, null, null, null, pcode, year), 0, 500)
            .items()
            .stream()
            .filter(s -> statuses == null || statuses.contains(s.reviewStatus().name()))
            .toList();
    Map<OrganisationId, Organisation> byId = organisations.byId();
    Map<String, String> familyOf = taxonomy.familyOfType();
    List<UnitFiche.FicheIntervention> items =
        present.stream().map(s -> ficheIntervention(s, byId, familyOf)).toList();
    TreeSet<String> groups = new TreeSet<>();
    present.forEach(s -> groups.addAll(s.targetGroups()));
    return new UnitFiche(
        pcode.value(),
        unit.name(),
        unit.level().name(),
        year,
        report.units().get(0),
        items,
        actors(present, byId),
        taxonomy.targetGroups().stream().filter(g -> groups.contains(g.code())).toList(),
        report.coarserRows());
  }

  /** The review states that count: null (all) for a coordinator asking for drafts. */
  private List<String> visibleStatuses(boolean includeDrafts) {
    return includeDrafts && permissions.canReview() ? null : List.of(ReviewStatus.VALIDATED.name());
  }

  private List<PresenceRow> rows(InterventionFilter filter) {
    Map<OrganisationId, Organisation> byId = organisations.byId();
    Map<Long, List<String>> actors = new TreeMap<>();
    interventions
        .allParticipants()
        .forEach(
            (intervention, participants) ->
                actors.put(
                    intervention,
                    participants.stream()
                        .map(p -> byId.get(p.organisation()))
                        .filter(java.util.Objects::nonNull)
                        .map(Organisation::acronym)
                        .distinct()
                        .toList()));
    return coverage.rows(filter).stream()
        .map(
            r ->
                new PresenceRow(
                    r.interventionCode(),
                    actors.getOrDefault(r.interventionId(), List.of()),
                    r.pcode(),
                    r.start(),
                    r.end(),
                    r.planned(),
                    r.reached(),
                    r.unit(),
                    r.budgetXof()))
        .toList();
  }

  private PresenceCalculator calculator() {
    Map<PCode, AdminUnit> geography =
        adminUnits.all().stream().collect(Collectors.toMap(AdminUnit::pcode, u -> u, (a, b) -> a));
    AdminUnit country =
        adminUnits.all().stream()
            .filter(u -> u.level() == AdminLevel.COUNTRY)
            .min(Comparator.comparing(AdminUnit::pcode))
            .orElseThrow(() -> new IllegalStateException("No country unit loaded"));
    return new PresenceCalculator(geography, country);
  }

  private static boolean existsDuring(AdminUnit unit, LocalDate from, LocalDate to) {
    if (from == null) {
      return true;
    }
    return (unit.validFrom() == null || !unit.validFrom().isAfter(to))
        && (unit.validTo() == null || !unit.validTo().isBefore(from));
  }

  private static UnitFiche.FicheIntervention ficheIntervention(
      InterventionSummary s, Map<OrganisationId, Organisation> byId, Map<String, String> familyOf) {
    return new UnitFiche.FicheIntervention(
        s.code(),
        s.title(),
        s.types(),
        s.types().stream().map(familyOf::get).distinct().toList(),
        s.modality(),
        s.status(),
        s.targetGroups(),
        s.participants().stream()
            .map(p -> byId.get(p.organisation()))
            .filter(java.util.Objects::nonNull)
            .map(Organisation::acronym)
            .distinct()
            .toList());
  }

  private static List<UnitFiche.FicheActor> actors(
      List<InterventionSummary> present, Map<OrganisationId, Organisation> byId) {
    Map<OrganisationId, TreeSet<String>> roles =
        new TreeMap<>(Comparator.comparing(OrganisationId::value));
    present.forEach(
        s ->
            s.participants()
                .forEach(
                    p ->
                        roles
                            .computeIfAbsent(p.organisation(), k -> new TreeSet<>())
                            .add(p.role().name())));
    List<UnitFiche.FicheActor> out = new ArrayList<>();
    roles.forEach(
        (id, r) -> {
          Organisation o = byId.get(id);
          if (o != null) {
            out.add(
                new UnitFiche.FicheActor(o.acronym(), o.name(), o.type().name(), List.copyOf(r)));
          }
        });
    out.sort(Comparator.comparing(UnitFiche.FicheActor::acronym));
    return out;
  }
}
