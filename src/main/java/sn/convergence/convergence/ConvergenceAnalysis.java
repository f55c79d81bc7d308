package sn.convergence.convergence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import sn.convergence.convergence.ClassificationRules.UnitSignals;

/**
 * The convergence analysis of one level and period. The methodology, step by step:
 *
 * <ol>
 *   <li><b>Need index</b> (0-1) = sum over need indicators of weight x normalised value; weights
 *       renormalised to sum to 1; each indicator min-max normalised over the units reporting it
 *       (reversed when a low value means need; 0.5 when every unit has the same value).
 *   <li><b>Coverage</b> per family and beneficiary unit = summed beneficiaries / the matching
 *       denominator ({@link Denominators}: households against poor households, pupils against
 *       school-age children, people against population, schools against schools).
 *   <li><b>Package coverage</b> (0-1) = mean over package components of the component's best ratio,
 *       capped at 1. Adding coverage can only raise it.
 *   <li><b>Complementarity</b> = share of package components present in the unit.
 *   <li><b>Duplications</b> = per intervention type and target group, at least two distinct
 *       interventions run by at least two organisations ({@link DuplicationRule}).
 *   <li><b>Gap</b> = need x (1 - package coverage).
 *   <li><b>Classes</b> ({@link ClassificationRules}): convergence = high need and at least {@code
 *       minComponents} components present; gap = high need and low coverage; duplication = at least
 *       {@code minDuplications} duplications; otherwise low priority. When several hold the first
 *       in the precedence wins (default: gap, convergence, duplication) and all matched classes are
 *       reported. High/low cut-offs are absolute or quantiles over scored units.
 *   <li><b>Missing data</b>: a unit lacking a weighted need indicator, or a denominator its facts
 *       need, or any unit when the period has no coverage fact at all, is {@code INSUFFICIENT_DATA}
 *       with the missing items; it is never scored as zero and gets no class.
 *   <li><b>Zones</b> = contiguous units of one actionable class, with priority activities ({@link
 *       ActivityPlanner}).
 * </ol>
 */
public final class ConvergenceAnalysis {

  private ConvergenceAnalysis() {}

  /**
   * Computes the analysis. Units must all be at the parameters' level with distinct P-codes;
   * otherwise an {@link IllegalArgumentException} is thrown. The result is a pure function of the
   * arguments and carries their fingerprint.
   */
  public static ConvergenceResult compute(
      ConvergenceInputs inputs, ConvergenceParameters parameters) {
    PreparedAnalysis prepared = PreparedAnalysis.of(inputs, parameters);
    double[] weights = prepared.matrix().weights();
    double[] needs = prepared.needs(weights);
    ResolvedThresholds thresholds = prepared.thresholds(needs);
    List<UnitProfile> profiles = new ArrayList<>(prepared.size());
    for (int u = 0; u < prepared.size(); u++) {
      profiles.add(profile(prepared, u, weights, needs[u], thresholds));
    }
    List<Zone> zones = zones(prepared, profiles, inputs, thresholds);
    boolean anyScored = profiles.stream().anyMatch(p -> p.status() == DataStatus.SCORED);
    List<MissingItem> missing = new ArrayList<>();
    if (!prepared.periodHasFacts()) {
      missing.add(PreparedAnalysis.periodWithoutCoverage(parameters.periodLabel()));
    }
    if (!anyScored) {
      missing.add(
          new MissingItem(
              MissingItem.Kind.SCORED_UNITS, parameters.periodLabel(), "no unit could be scored"));
    }
    return new ConvergenceResult(
        Fingerprint.of(inputs, parameters),
        parameters.level(),
        parameters.periodLabel(),
        anyScored ? DataStatus.SCORED : DataStatus.INSUFFICIENT_DATA,
        missing,
        thresholds,
        profiles,
        zones);
  }

  /** The fingerprint alone: SHA-256 (hex) of the canonical inputs and parameters. */
  public static String fingerprint(ConvergenceInputs inputs, ConvergenceParameters parameters) {
    return Fingerprint.of(inputs, parameters);
  }

  private static UnitProfile profile(
      PreparedAnalysis prepared,
      int u,
      double[] weights,
      double need,
      ResolvedThresholds thresholds) {
    UnitInput unit = prepared.units().get(u);
    UnitAggregate aggregate = prepared.aggregate(u);
    if (!prepared.scorable(u)) {
      return new UnitProfile(
          unit.pcode(),
          unit.name(),
          unit.level(),
          DataStatus.INSUFFICIENT_DATA,
          prepared.missing(u),
          aggregate.warnings(),
          Optional.empty());
    }
    UnitSignals signals = prepared.signals(u, need);
    List<UnitClass> precedence = prepared.parameters().precedence();
    List<UnitClass> matched = ClassificationRules.matchedClasses(signals, thresholds, precedence);
    UnitScores scores =
        new UnitScores(
            prepared.matrix().score(u, weights),
            aggregate.coverage(),
            aggregate.lines(),
            aggregate.components(),
            aggregate.complementarity(),
            aggregate.distinctFamilies(),
            aggregate.duplications(),
            ClassificationRules.gap(need, aggregate.coverage()),
            matched,
            matched.get(0));
    return new UnitProfile(
        unit.pcode(),
        unit.name(),
        unit.level(),
        DataStatus.SCORED,
        List.of(),
        aggregate.warnings(),
        Optional.of(scores));
  }

  private static List<Zone> zones(
      PreparedAnalysis prepared,
      List<UnitProfile> profiles,
      ConvergenceInputs inputs,
      ResolvedThresholds thresholds) {
    List<UnitClass> precedence = prepared.parameters().precedence();
    List<Zone> zones = new ArrayList<>();
    for (ZoneFinder.Group group : ZoneFinder.find(profiles, inputs.adjacency())) {
      List<String> names = group.members().stream().map(u -> profiles.get(u).name()).toList();
      double[] needs =
          group.members().stream()
              .mapToDouble(u -> profiles.get(u).scores().orElseThrow().need().value())
              .toArray();
      zones.add(
          new Zone(
              group.unitClass().name() + "-" + profiles.get(group.members().get(0)).pcode(),
              group.unitClass(),
              ZoneFinder.nameFr(names),
              ZoneFinder.nameEn(names),
              group.members().stream().map(u -> profiles.get(u).pcode()).toList(),
              java.util.Arrays.stream(needs).sum() / needs.length,
              java.util.Arrays.stream(needs).max().orElse(0),
              ActivityPlanner.plan(group, prepared, profiles, thresholds)));
    }
    zones.sort(
        Comparator.comparingInt((Zone z) -> precedence.indexOf(z.unitClass()))
            .thenComparing(Comparator.comparingDouble(Zone::maxNeed).reversed())
            .thenComparing(Zone::id));
    return zones;
  }
}
