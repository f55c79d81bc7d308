package sn.convergence.maps;

import java.util.List;
import sn.convergence.registry.BeneficiaryUnit;

/**
 * A measure of a map layer: its kind, the beneficiary unit counted (for beneficiaries, coverage and
 * budget per beneficiary) and the context indicator (for {@link MeasureKind#CONTEXT}). Written in
 * URLs as the kind's name, or {@code context:<INDICATOR>}.
 */
public record Measure(MeasureKind kind, BeneficiaryUnit unit, String indicator) {

  public static final String POPULATION = "POPULATION";
  public static final String POVERTY_RATE = "POVERTY_RATE";
  private static final String CONTEXT_PREFIX = "context:";

  public Measure {
    if (kind == null) {
      throw new IllegalArgumentException("measure kind is required");
    }
    if (kind == MeasureKind.CONTEXT && (indicator == null || indicator.isBlank())) {
      throw new IllegalArgumentException("a context measure names its indicator");
    }
    unit = unit == null ? BeneficiaryUnit.HOUSEHOLDS : unit;
    indicator = kind == MeasureKind.CONTEXT ? indicator : null;
  }

  /**
   * Reads {@code INTERVENTIONS}, {@code COVERAGE_POOR}, {@code context:POVERTY_RATE}...; unknown
   * text gives the default measure (interventions). The unit text is a {@link BeneficiaryUnit}.
   */
  public static Measure parse(String text, String unitText) {
    BeneficiaryUnit unit = unitText == null ? null : BeneficiaryUnit.parse(unitText);
    if (text == null || text.isBlank()) {
      return new Measure(MeasureKind.INTERVENTIONS, unit, null);
    }
    String t = text.strip();
    if (t.regionMatches(true, 0, CONTEXT_PREFIX, 0, CONTEXT_PREFIX.length())
        && t.length() > CONTEXT_PREFIX.length()) {
      return new Measure(MeasureKind.CONTEXT, unit, t.substring(CONTEXT_PREFIX.length()));
    }
    for (MeasureKind kind : MeasureKind.values()) {
      if (kind != MeasureKind.CONTEXT && kind.name().equalsIgnoreCase(t)) {
        return new Measure(kind, unit, null);
      }
    }
    return new Measure(MeasureKind.INTERVENTIONS, unit, null);
  }

  /** The measure as written in URLs. */
  public String code() {
    return kind == MeasureKind.CONTEXT ? CONTEXT_PREFIX + indicator : kind.name();
  }

  /** True when the measure counts beneficiaries of one unit. */
  public boolean usesBeneficiaryUnit() {
    return switch (kind) {
      case BENEFICIARIES, COVERAGE_PEOPLE, COVERAGE_POOR, BUDGET_PER_BENEFICIARY -> true;
      default -> false;
    };
  }

  /** The context indicators the measure reads. */
  public List<String> indicators() {
    return switch (kind) {
      case COVERAGE_PEOPLE -> List.of(POPULATION);
      case COVERAGE_POOR -> List.of(POPULATION, POVERTY_RATE);
      case CONTEXT -> List.of(indicator);
      default -> List.of();
    };
  }

  /** True when the measure needs the registry's presence (not a context indicator alone). */
  public boolean usesPresence() {
    return kind != MeasureKind.CONTEXT;
  }
}
