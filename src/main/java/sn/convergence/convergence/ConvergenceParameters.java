package sn.convergence.convergence;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import sn.convergence.geography.AdminLevel;

/**
 * How to analyse: the level and period label, need indicators and their weights (min-max normalised
 * over the units), classification thresholds, the integrated package, the duplication rule, synergy
 * rules, the class precedence (all four classes, {@code LOW_PRIORITY} last) and which beneficiary
 * figure to use.
 */
public record ConvergenceParameters(
    AdminLevel level,
    String periodLabel,
    List<NeedIndicator> needIndicators,
    ClassThresholds thresholds,
    List<PackageComponent> integratedPackage,
    DuplicationRule duplicationRule,
    List<SynergyRule> synergyRules,
    List<UnitClass> precedence,
    CoverageFigure coverageFigure) {

  /**
   * Unmet need first (a gap outranks synergy readiness when both hold), then synergy readiness,
   * then duplications; duplications are still listed as coordination activities in every zone.
   */
  public static final List<UnitClass> DEFAULT_PRECEDENCE =
      List.of(UnitClass.GAP, UnitClass.CONVERGENCE, UnitClass.DUPLICATION, UnitClass.LOW_PRIORITY);

  public ConvergenceParameters {
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(periodLabel, "periodLabel");
    Objects.requireNonNull(thresholds, "thresholds");
    Objects.requireNonNull(duplicationRule, "duplicationRule");
    Objects.requireNonNull(coverageFigure, "coverageFigure");
    needIndicators = List.copyOf(needIndicators);
    integratedPackage = List.copyOf(integratedPackage);
    synergyRules = List.copyOf(synergyRules);
    precedence = List.copyOf(precedence);
    requireDistinct(needIndicators.stream().map(NeedIndicator::code).toList(), "need indicator");
    requireDistinct(integratedPackage.stream().map(PackageComponent::code).toList(), "component");
    if (needIndicators.isEmpty()
        || needIndicators.stream().mapToDouble(i -> i.weight()).sum() <= 0) {
      throw new IllegalArgumentException("At least one need indicator with a positive weight");
    }
    if (integratedPackage.isEmpty()) {
      throw new IllegalArgumentException("The integrated package has at least one component");
    }
    if (precedence.size() != 4
        || !EnumSet.copyOf(precedence).equals(EnumSet.allOf(UnitClass.class))
        || precedence.get(3) != UnitClass.LOW_PRIORITY) {
      throw new IllegalArgumentException("Precedence lists the four classes, LOW_PRIORITY last");
    }
  }

  /** Poverty 0.5, food insecurity (Cadre Harmonisé phase) 0.3, population 0.2; other defaults. */
  public static ConvergenceParameters defaults(AdminLevel level, String periodLabel) {
    return new ConvergenceParameters(
        level,
        periodLabel,
        List.of(
            NeedIndicator.of("POVERTY_RATE", 0.5),
            NeedIndicator.of("CH_PHASE", 0.3),
            NeedIndicator.of("POPULATION", 0.2)),
        ClassThresholds.defaults(),
        PackageComponent.defaultPackage(),
        DuplicationRule.defaults(),
        SynergyRule.defaults(),
        DEFAULT_PRECEDENCE,
        CoverageFigure.REACHED_ELSE_PLANNED);
  }

  public ConvergenceParameters withNeedIndicators(List<NeedIndicator> indicators) {
    return new ConvergenceParameters(
        level,
        periodLabel,
        indicators,
        thresholds,
        integratedPackage,
        duplicationRule,
        synergyRules,
        precedence,
        coverageFigure);
  }

  public ConvergenceParameters withThresholds(ClassThresholds newThresholds) {
    return new ConvergenceParameters(
        level,
        periodLabel,
        needIndicators,
        newThresholds,
        integratedPackage,
        duplicationRule,
        synergyRules,
        precedence,
        coverageFigure);
  }

  private static void requireDistinct(List<String> codes, String what) {
    Set<String> seen = new HashSet<>();
    for (String code : codes) {
      if (!seen.add(code)) {
        throw new IllegalArgumentException("Duplicate " + what + " " + code);
      }
    }
  }
}
