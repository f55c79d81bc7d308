package sn.convergence.maps;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Fills region values of a context indicator from its departments when the region has none (the
 * demo data and most surveys report departments): counts (people, households, schools) are summed,
 * percentages are averaged with the departments' population as weights. A region gets a value only
 * when every department has one (and a population, for percentages). Pure.
 */
public final class RegionRollup {

  private RegionRollup() {}

  /** How an indicator's unit combines over departments; null when it does not (phases, sizes). */
  public static Combination combination(String indicatorUnit) {
    if (indicatorUnit == null) {
      return null;
    }
    return switch (indicatorUnit) {
      case "PEOPLE", "PERSONS", "HOUSEHOLDS", "SCHOOLS" -> Combination.SUM;
      case "PERCENT" -> Combination.POPULATION_WEIGHTED;
      default -> null;
    };
  }

  /** How department values make a region value. */
  public enum Combination {
    SUM,
    POPULATION_WEIGHTED
  }

  /**
   * The values with regions filled in; {@code departments} lists each region's departments, {@code
   * population} weights percentages (ignored for sums).
   */
  public static Map<String, Double> fill(
      Map<String, Double> values,
      Map<String, List<String>> departments,
      Combination combination,
      Map<String, Double> population) {
    Map<String, Double> out = new HashMap<>(values);
    departments.forEach(
        (region, children) -> {
          if (!out.containsKey(region) && !children.isEmpty()) {
            Double combined = combine(values, children, combination, population);
            if (combined != null) {
              out.put(region, combined);
            }
          }
        });
    return out;
  }

  private static Double combine(
      Map<String, Double> values,
      List<String> children,
      Combination combination,
      Map<String, Double> population) {
    double sum = 0;
    double weights = 0;
    for (String child : children) {
      Double value = values.get(child);
      Double weight = combination == Combination.SUM ? Double.valueOf(1) : population.get(child);
      if (value == null || weight == null) {
        return null;
      }
      sum += combination == Combination.SUM ? value : value * weight;
      weights += weight;
    }
    if (combination == Combination.SUM) {
      return sum;
    }
    return weights > 0 ? sum / weights : null;
  }
}
