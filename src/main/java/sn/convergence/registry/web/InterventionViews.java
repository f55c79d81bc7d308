package sn.convergence.registry.web;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import sn.convergence.actors.Organisation;
import sn.convergence.actors.OrganisationId;
import sn.convergence.actors.OrganisationQuery;
import sn.convergence.actors.Organisations;
import sn.convergence.geography.AdminLevel;
import sn.convergence.geography.AdminUnit;
import sn.convergence.geography.AdminUnits;
import sn.convergence.registry.BeneficiaryUnit;
import sn.convergence.registry.Conditionality;
import sn.convergence.registry.Coverage;
import sn.convergence.registry.Intervention;
import sn.convergence.registry.InterventionStatus;
import sn.convergence.registry.InterventionSummary;
import sn.convergence.registry.Interventions;
import sn.convergence.registry.Modality;
import sn.convergence.registry.Participant;
import sn.convergence.registry.ParticipantRole;
import sn.convergence.registry.ScalingStage;
import sn.convergence.registry.Taxonomy;
import sn.convergence.registry.web.PageViews.Choices;
import sn.convergence.registry.web.PageViews.CoverageLine;
import sn.convergence.registry.web.PageViews.Detail;
import sn.convergence.registry.web.PageViews.FamilyChoice;
import sn.convergence.registry.web.PageViews.ListRow;
import sn.convergence.registry.web.PageViews.Option;
import sn.convergence.registry.web.PageViews.ParticipantView;
import sn.convergence.registry.web.PageViews.RegionChoice;
import sn.convergence.registry.web.PageViews.TotalLine;

/** Builds the labelled views of the intervention pages from the registry, actors and geography. */
@Component
class InterventionViews {

  private final Interventions interventions;
  private final Taxonomy taxonomy;
  private final Organisations organisations;
  private final AdminUnits adminUnits;

  InterventionViews(
      Interventions interventions,
      Taxonomy taxonomy,
      Organisations organisations,
      AdminUnits adminUnits) {
    this.interventions = interventions;
    this.taxonomy = taxonomy;
    this.organisations = organisations;
    this.adminUnits = adminUnits;
  }

  List<ListRow> rows(List<InterventionSummary> items, Locale locale) {
    Map<OrganisationId, Organisation> byId = organisations.byId();
    return items.stream()
        .map(
            s ->
                new ListRow(
                    s.id().value(),
                    s.code(),
                    s.title(),
                    typeLabels(s.types(), locale),
                    participants(s.participants(), byId),
                    s.status().name(),
                    s.startDate(),
                    s.endDate(),
                    unitsCovered(s),
                    s.synthetic()))
        .toList();
  }

  Detail detail(Intervention i, Locale locale) {
    List<Coverage> rows =
        i.coverage().stream()
            .sorted(
                Comparator.comparing((Coverage c) -> c.period().start())
                    .thenComparing(Coverage::pcode))
            .toList();
    List<TotalLine> totals =
        CoverageTotals.byUnit(rows).stream()
            .map(
                t ->
                    new TotalLine(
                        t.unit().name(),
                        t.rows(),
                        Amounts.format(t.planned()),
                        Amounts.format(t.reached())))
            .toList();
    Map<String, String> groups =
        taxonomy.targetGroups().stream()
            .collect(java.util.stream.Collectors.toMap(g -> g.code(), g -> g.label().in(locale)));
    return new Detail(
        i.id().value(),
        i.code(),
        i.title(),
        i.description(),
        typeLabels(i.types(), locale),
        name(i.modality()),
        name(i.conditionality()),
        i.deliveryMechanism(),
        i.targetGroups().stream().map(g -> groups.getOrDefault(g, g)).toList(),
        i.startDate(),
        i.endDate(),
        name(i.status()),
        name(i.scalingStage()),
        i.policyAnchor(),
        i.source(),
        i.synthetic(),
        participants(i.participants(), organisations.byId()),
        rows.stream().map(this::line).toList(),
        totals,
        Amounts.format(CoverageTotals.budget(rows)));
  }

  Choices choices(Locale locale) {
    List<FamilyChoice> families =
        taxonomy.families().stream()
            .map(
                f ->
                    new FamilyChoice(
                        f.code(),
                        f.label().in(locale),
                        f.types().stream()
                            .map(t -> new Option(t.code(), t.label().in(locale)))
                            .toList()))
            .toList();
    List<Option> groups =
        taxonomy.targetGroups().stream()
            .map(g -> new Option(g.code(), g.label().in(locale)))
            .toList();
    List<Option> actors =
        organisations.list(OrganisationQuery.all()).stream()
            .map(o -> new Option(o.id().toString(), o.acronym() + " – " + o.name()))
            .toList();
    return new Choices(
        families,
        groups,
        actors,
        regions(),
        names(InterventionStatus.values()),
        names(Modality.values()),
        names(Conditionality.values()),
        names(ScalingStage.values()),
        names(ParticipantRole.values()),
        names(BeneficiaryUnit.values()));
  }

  private List<RegionChoice> regions() {
    List<AdminUnit> departments = adminUnits.list(AdminLevel.DEPARTMENT, null, null);
    return adminUnits.list(AdminLevel.REGION, null, null).stream()
        .map(
            r ->
                new RegionChoice(
                    option(r),
                    departments.stream()
                        .filter(d -> r.pcode().equals(d.parent()))
                        .sorted(Comparator.comparing(AdminUnit::name))
                        .map(InterventionViews::option)
                        .toList()))
        .sorted(Comparator.comparing(c -> c.region().label()))
        .toList();
  }

  private long unitsCovered(InterventionSummary s) {
    if (s.coverageRows() == 0) {
      return 0;
    }
    return interventions.find(s.id()).stream()
        .flatMap(i -> i.coverage().stream())
        .map(Coverage::pcode)
        .distinct()
        .count();
  }

  private CoverageLine line(Coverage c) {
    return new CoverageLine(
        c.pcode().value(),
        adminUnits.find(c.pcode()).map(AdminUnit::name).orElse(null),
        c.period().label(),
        c.period().start(),
        c.period().end(),
        Amounts.format(c.planned()),
        Amounts.format(c.reached()),
        c.unit().name(),
        Amounts.format(c.budgetXof()),
        c.source());
  }

  private List<String> typeLabels(List<String> codes, Locale locale) {
    return codes.stream()
        .map(code -> taxonomy.type(code).map(t -> t.label().in(locale)).orElse(code))
        .toList();
  }

  private static List<ParticipantView> participants(
      List<Participant> participants, Map<OrganisationId, Organisation> byId) {
    return participants.stream()
        .map(
            p -> {
              Optional<Organisation> o = Optional.ofNullable(byId.get(p.organisation()));
              return new ParticipantView(
                  p.organisation().value(),
                  o.map(Organisation::acronym).orElse(p.organisation().toString()),
                  o.map(Organisation::name).orElse(null),
                  p.role().name());
            })
        .toList();
  }

  private static Option option(AdminUnit unit) {
    return new Option(unit.pcode().value(), unit.name());
  }

  private static List<String> names(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).toList();
  }

  private static String name(Enum<?> value) {
    return value == null ? null : value.name();
  }
}
