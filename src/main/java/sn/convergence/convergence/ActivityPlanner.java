package sn.convergence.convergence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import sn.convergence.geography.PCode;

/**
 * Priority activities of a zone: synergies between interventions present in the same units for
 * compatible target groups, expansions of package components missing where need is high, and
 * duplications to coordinate. The zone's own kind comes first (synergy for a convergence zone,
 * expansion for a gap zone, coordination for a duplication zone); within a kind, activities
 * touching more units come first, then by code.
 */
final class ActivityPlanner {

  private ActivityPlanner() {}

  static List<Activity> plan(
      ZoneFinder.Group zone,
      PreparedAnalysis prepared,
      List<UnitProfile> profiles,
      ResolvedThresholds thresholds) {
    List<Activity> synergies = synergies(zone.members(), prepared);
    List<Activity> expansions = expansions(zone.members(), prepared, profiles, thresholds);
    List<Activity> coordinations = coordinations(zone.members(), prepared);
    List<List<Activity>> ordered =
        switch (zone.unitClass()) {
          case GAP -> List.of(expansions, synergies, coordinations);
          case DUPLICATION -> List.of(coordinations, synergies, expansions);
          default -> List.of(synergies, expansions, coordinations);
        };
    return ordered.stream().flatMap(ActivityPlanner::byReach).toList();
  }

  private static Stream<Activity> byReach(List<Activity> activities) {
    return activities.stream()
        .sorted(
            Comparator.comparingInt((Activity a) -> -a.units().size())
                .thenComparing(Activity::code));
  }

  /**
   * A synergy holds in a unit when two distinct interventions match its two sides with compatible
   * target groups. Facts are grouped by target group first, so the work is linear in the facts.
   */
  static List<Activity> synergies(List<Integer> members, PreparedAnalysis prepared) {
    List<Activity> activities = new ArrayList<>();
    for (SynergyRule rule : prepared.parameters().synergyRules()) {
      Collector found = new Collector();
      for (int unit : members) {
        UnitInput input = prepared.units().get(unit);
        TreeMap<String, TreeMap<String, TreeSet<String>>> sideA = byGroup(input, rule, true);
        TreeMap<String, TreeMap<String, TreeSet<String>>> sideB = byGroup(input, rule, false);
        sideA.forEach(
            (groupA, a) ->
                sideB.forEach(
                    (groupB, b) -> {
                      if (rule.compatibleGroups(groupA, groupB)) {
                        found.addPartners(input.pcode(), a, b);
                        found.addPartners(input.pcode(), b, a);
                      }
                    }));
      }
      if (!found.units.isEmpty()) {
        int n = found.units.size();
        activities.add(
            found.activity(
                ActivityKind.SYNERGY,
                rule.code(),
                rule.labelFr(),
                rule.labelEn(),
                rule.rationaleFr() + String.format(Locale.FRENCH, " Possible dans %d unité(s).", n),
                rule.rationaleEn() + String.format(Locale.ENGLISH, " Possible in %d unit(s).", n)));
      }
    }
    return activities;
  }

  /** Target group -> intervention -> organisations, for the facts matching one side of a rule. */
  private static TreeMap<String, TreeMap<String, TreeSet<String>>> byGroup(
      UnitInput unit, SynergyRule rule, boolean sideA) {
    InterventionSelector selector = sideA ? rule.sideA() : rule.sideB();
    TreeMap<String, TreeMap<String, TreeSet<String>>> groups = new TreeMap<>();
    for (CoverageFact fact : unit.coverage()) {
      if (selector.matches(fact)) {
        List<String> targets =
            rule.anyTargetGroup() ? List.of(SynergyRule.ANY_GROUP) : fact.targetGroups();
        for (String target : targets) {
          groups
              .computeIfAbsent(target, k -> new TreeMap<>())
              .computeIfAbsent(fact.interventionCode(), k -> new TreeSet<>())
              .addAll(fact.organisations());
        }
      }
    }
    return groups;
  }

  /**
   * A component is to expand into the zone's high-need units that lack it; the interventions and
   * organisations already delivering it elsewhere in the zone are the candidates.
   */
  static List<Activity> expansions(
      List<Integer> members,
      PreparedAnalysis prepared,
      List<UnitProfile> profiles,
      ResolvedThresholds thresholds) {
    List<Activity> activities = new ArrayList<>();
    List<PackageComponent> components = prepared.parameters().integratedPackage();
    for (int c = 0; c < components.size(); c++) {
      PackageComponent component = components.get(c);
      Collector found = new Collector();
      double needSum = 0;
      for (int unit : members) {
        UnitScores scores = profiles.get(unit).scores().orElseThrow();
        if (scores.components().get(c).present()) {
          prepared.units().get(unit).coverage().stream()
              .filter(component.selector()::matches)
              .forEach(fact -> found.addCandidate(fact));
        } else if (ClassificationRules.hasHighNeed(scores.need().value(), thresholds)) {
          found.units.add(profiles.get(unit).pcode());
          needSum += scores.need().value();
        }
      }
      if (!found.units.isEmpty()) {
        int n = found.units.size();
        double meanNeed = needSum / n;
        activities.add(
            found.activity(
                ActivityKind.EXPANSION,
                component.code(),
                "Étendre : " + component.labelFr(),
                "Expand: " + component.labelEn(),
                String.format(
                    Locale.FRENCH,
                    "Besoin élevé (indice moyen %.2f) et composante absente dans %d unité(s).",
                    meanNeed,
                    n),
                String.format(
                    Locale.ENGLISH,
                    "High need (mean index %.2f) and component missing in %d unit(s).",
                    meanNeed,
                    n)));
      }
    }
    return activities;
  }

  /** One coordination activity per duplicated type and target group across the zone. */
  static List<Activity> coordinations(List<Integer> members, PreparedAnalysis prepared) {
    TreeMap<String, Collector> byKey = new TreeMap<>();
    for (int unit : members) {
      PCode pcode = prepared.units().get(unit).pcode();
      for (Duplication duplication : prepared.aggregate(unit).duplications()) {
        Collector found =
            byKey.computeIfAbsent(
                duplication.interventionKey() + "/" + duplication.targetGroup(),
                k -> new Collector());
        found.units.add(pcode);
        found.interventions.addAll(duplication.interventions());
        found.organisations.addAll(duplication.organisations());
      }
    }
    List<Activity> activities = new ArrayList<>();
    byKey.forEach(
        (code, found) -> {
          String[] parts = code.split("/", 2);
          int interventions = found.interventions.size();
          int organisations = found.organisations.size();
          activities.add(
              found.activity(
                  ActivityKind.COORDINATION,
                  code,
                  "Coordonner : " + parts[0] + " pour le groupe " + parts[1],
                  "Coordinate: " + parts[0] + " for group " + parts[1],
                  String.format(
                      Locale.FRENCH,
                      "%d interventions de même type pour le même groupe cible, menées par %d"
                          + " organisations.",
                      interventions,
                      organisations),
                  String.format(
                      Locale.ENGLISH,
                      "%d interventions of the same type for the same target group, run by %d"
                          + " organisations.",
                      interventions,
                      organisations)));
        });
    return activities;
  }

  private static final class Collector {
    final TreeSet<PCode> units = new TreeSet<>();
    final TreeSet<String> interventions = new TreeSet<>();
    final TreeSet<String> organisations = new TreeSet<>();

    /** Adds each intervention of {@code side} that has a distinct partner in {@code others}. */
    void addPartners(
        PCode unit,
        TreeMap<String, TreeSet<String>> side,
        TreeMap<String, TreeSet<String>> others) {
      side.forEach(
          (intervention, organisationsOfIt) -> {
            if (others.size() > 1 || !others.containsKey(intervention)) {
              units.add(unit);
              interventions.add(intervention);
              organisations.addAll(organisationsOfIt);
            }
          });
    }

    void addCandidate(CoverageFact fact) {
      interventions.add(fact.interventionCode());
      organisations.addAll(fact.organisations());
    }

    Activity activity(
        ActivityKind kind,
        String code,
        String labelFr,
        String labelEn,
        String rationaleFr,
        String rationaleEn) {
      return new Activity(
          kind,
          code,
          labelFr,
          labelEn,
          List.copyOf(units),
          List.copyOf(interventions),
          List.copyOf(organisations),
          rationaleFr,
          rationaleEn);
    }
  }
}
