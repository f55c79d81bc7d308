package sn.convergence.maps;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import sn.convergence.actors.Organisation;
import sn.convergence.actors.OrganisationId;
import sn.convergence.actors.Organisations;
import sn.convergence.geography.AdminLevel;
import sn.convergence.registry.InterventionPage;
import sn.convergence.registry.InterventionQuery;
import sn.convergence.registry.InterventionSummary;
import sn.convergence.registry.InterventionType;
import sn.convergence.registry.Interventions;
import sn.convergence.registry.Presence;
import sn.convergence.registry.PresenceQuery;
import sn.convergence.registry.PresenceReport;
import sn.convergence.registry.Taxonomy;
import sn.convergence.registry.UnitPresence;

/** Builds the national dashboard from the registry's presence aggregates. */
@Service
public class Dashboard {

  private final Presence presence;
  private final Interventions interventions;
  private final Organisations organisations;
  private final Taxonomy taxonomy;

  Dashboard(
      Presence presence,
      Interventions interventions,
      Organisations organisations,
      Taxonomy taxonomy) {
    this.presence = presence;
    this.interventions = interventions;
    this.organisations = organisations;
    this.taxonomy = taxonomy;
  }

  public DashboardData of(int year) {
    PresenceReport regions = presence.report(PresenceQuery.ofYear(AdminLevel.REGION, year));
    PresenceReport departments = presence.report(PresenceQuery.ofYear(AdminLevel.DEPARTMENT, year));
    List<InterventionSummary> present = interventionsOf(year);
    return new DashboardData(
        year,
        regions.totals(),
        regions.units(),
        matrix(departments.units(), present),
        actors(regions.units(), departments.units(), present));
  }

  private List<InterventionSummary> interventionsOf(int year) {
    List<InterventionSummary> out = new ArrayList<>();
    InterventionQuery query = new InterventionQuery(null, null, null, null, null, null, null, year);
    for (int page = 0; ; page++) {
      InterventionPage result = interventions.list(query, page, 500);
      out.addAll(result.items());
      if (result.items().isEmpty() || out.size() >= result.total()) {
        return out;
      }
    }
  }

  private DashboardData.TypeMatrix matrix(
      List<UnitPresence> departments, List<InterventionSummary> present) {
    Map<String, List<String>> typesOf = new HashMap<>();
    present.forEach(s -> typesOf.put(s.code(), s.types()));
    Set<String> used = new LinkedHashSet<>();
    for (InterventionType type : taxonomy.types()) {
      boolean somewhere =
          departments.stream()
              .flatMap(d -> d.interventions().stream())
              .anyMatch(code -> typesOf.getOrDefault(code, List.of()).contains(type.code()));
      if (somewhere) {
        used.add(type.code());
      }
    }
    List<String> columns = List.copyOf(used);
    List<DashboardData.MatrixRow> rows = new ArrayList<>();
    int max = 0;
    for (UnitPresence d : departments) {
      int[] counts = new int[columns.size()];
      for (String code : d.interventions()) {
        for (String type : typesOf.getOrDefault(code, List.of())) {
          int column = columns.indexOf(type);
          if (column >= 0) {
            counts[column]++;
            max = Math.max(max, counts[column]);
          }
        }
      }
      rows.add(
          new DashboardData.MatrixRow(
              d.pcode(), d.name(), java.util.Arrays.stream(counts).boxed().toList()));
    }
    return new DashboardData.TypeMatrix(columns, rows, max);
  }

  private List<DashboardData.ActorPresence> actors(
      List<UnitPresence> regions,
      List<UnitPresence> departments,
      List<InterventionSummary> present) {
    Map<String, Integer> inDepartments = countByActor(departments);
    Map<String, Integer> inRegions = countByActor(regions);
    Map<OrganisationId, Organisation> byId = organisations.byId();
    Map<String, Set<String>> interventionsOf = new TreeMap<>();
    Map<String, String> names = new HashMap<>();
    byId.values().forEach(o -> names.put(o.acronym(), o.name()));
    for (InterventionSummary s : present) {
      s.participants().stream()
          .map(p -> byId.get(p.organisation()))
          .filter(java.util.Objects::nonNull)
          .forEach(
              o ->
                  interventionsOf
                      .computeIfAbsent(o.acronym(), k -> new LinkedHashSet<>())
                      .add(s.code()));
    }
    Set<String> acronyms = new LinkedHashSet<>(inRegions.keySet());
    acronyms.addAll(inDepartments.keySet());
    return acronyms.stream()
        .map(
            a ->
                new DashboardData.ActorPresence(
                    a,
                    names.getOrDefault(a, a),
                    inDepartments.getOrDefault(a, 0),
                    inRegions.getOrDefault(a, 0),
                    interventionsOf.getOrDefault(a, Set.of()).size()))
        .sorted(
            Comparator.comparing(DashboardData.ActorPresence::departments)
                .thenComparing(DashboardData.ActorPresence::regions)
                .thenComparing(DashboardData.ActorPresence::interventions)
                .reversed()
                .thenComparing(DashboardData.ActorPresence::acronym))
        .toList();
  }

  private static Map<String, Integer> countByActor(List<UnitPresence> units) {
    Map<String, Integer> counts = new TreeMap<>();
    units.forEach(u -> u.actors().forEach(a -> counts.merge(a, 1, Integer::sum)));
    return counts;
  }
}
