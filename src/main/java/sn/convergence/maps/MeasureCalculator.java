package sn.convergence.maps;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import sn.convergence.registry.Figures;
import sn.convergence.registry.UnitPresence;

/**
 * The value of a measure for each unit, from the presence figures and the context slices the
 * measure reads. A value is null when it cannot be computed: a missing context value, a zero
 * denominator, a budget without reached beneficiaries. Pure.
 */
public final class MeasureCalculator {

  private MeasureCalculator() {}

  /** Values by P-code in the order of the units. */
  public static Map<String, Double> values(
      Measure measure, List<UnitPresence> units, Map<String, ContextSlice> context) {
    Map<String, Double> out = new LinkedHashMap<>();
    for (UnitPresence unit : units) {
      out.put(unit.pcode(), value(measure, unit, context));
    }
    return out;
  }

  static Double value(Measure measure, UnitPresence unit, Map<String, ContextSlice> context) {
    long reached = reached(measure, unit);
    return switch (measure.kind()) {
      case INTERVENTIONS -> (double) unit.interventionCount();
      case ACTORS -> (double) unit.actorCount();
      case BENEFICIARIES -> (double) reached;
      case COVERAGE_PEOPLE -> perThousand(reached, population(unit.pcode(), context));
      case COVERAGE_POOR -> perThousand(reached, poorPeople(unit.pcode(), context));
      case BUDGET_PER_BENEFICIARY -> reached == 0 ? null : (double) unit.budgetXof() / reached;
      case CONTEXT -> contextValue(measure.indicator(), unit.pcode(), context);
    };
  }

  /** Population x poverty rate (percent) / 100, each from its slice; null when one is missing. */
  public static Double poorPeople(String pcode, Map<String, ContextSlice> context) {
    Double population = population(pcode, context);
    Double rate = contextValue(Measure.POVERTY_RATE, pcode, context);
    return population == null || rate == null ? null : population * rate / 100.0;
  }

  private static Double population(String pcode, Map<String, ContextSlice> context) {
    return contextValue(Measure.POPULATION, pcode, context);
  }

  private static Double contextValue(
      String indicator, String pcode, Map<String, ContextSlice> context) {
    ContextSlice slice = context.get(indicator);
    return slice == null ? null : slice.value(pcode);
  }

  private static Double perThousand(long count, Double denominator) {
    if (denominator == null || denominator <= 0) {
      return null;
    }
    return count * 1000.0 / denominator;
  }

  private static long reached(Measure measure, UnitPresence unit) {
    Figures figures =
        unit.beneficiaries() == null ? null : unit.beneficiaries().get(measure.unit());
    return figures == null ? 0 : figures.reached();
  }
}
