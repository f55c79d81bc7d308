package sn.convergence.convergence.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import sn.convergence.convergence.ContextFact;
import sn.convergence.geography.PCode;

/**
 * Region values derived from their departments when a region has no value of its own. Counts
 * (population, households, schools, school-age children, registry households, people in phase 3+)
 * are added; rates (poverty, health coverage) are population-weighted means; the household size is
 * total population over total households (population / size per department); the Cadre Harmonisé
 * phase is the worst department's, as the phase of an area is set by its most affected part. Every
 * department of the region must have the value (and its population, for weighted means), otherwise
 * the region has none: a partial sum would understate it. The year is the oldest one used.
 */
public final class RegionContext {

  static final Set<String> COUNTS =
      Set.of(
          "POPULATION",
          "HOUSEHOLDS",
          "SCHOOLS",
          "SCHOOL_AGE_CHILDREN",
          "RNU_HOUSEHOLDS",
          "CH_PHASE3_POPULATION");
  static final Set<String> RATES = Set.of("POVERTY_RATE", "CMU_COVERAGE");

  private RegionContext() {}

  /** Adds derived region values where a region lacks one; department values are only read. */
  public static void fill(
      Map<String, Map<PCode, ContextFact>> values, Map<PCode, List<PCode>> departmentsOfRegion) {
    Map<PCode, ContextFact> population = values.getOrDefault("POPULATION", Map.of());
    for (Map.Entry<String, Map<PCode, ContextFact>> entry : values.entrySet()) {
      String indicator = entry.getKey();
      Map<PCode, ContextFact> derived = new HashMap<>();
      departmentsOfRegion.forEach(
          (region, departments) -> {
            if (!entry.getValue().containsKey(region) && !departments.isEmpty()) {
              ContextFact fact = derive(indicator, departments, entry.getValue(), population);
              if (fact != null) {
                derived.put(region, fact);
              }
            }
          });
      entry.getValue().putAll(derived);
    }
  }

  static ContextFact derive(
      String indicator,
      List<PCode> departments,
      Map<PCode, ContextFact> values,
      Map<PCode, ContextFact> population) {
    boolean weighted = RATES.contains(indicator) || indicator.equals("HOUSEHOLD_SIZE");
    if (!COUNTS.contains(indicator) && !weighted && !indicator.equals("CH_PHASE")) {
      return null;
    }
    double sum = 0;
    double weights = 0;
    double max = Double.NEGATIVE_INFINITY;
    int year = Integer.MAX_VALUE;
    for (PCode department : departments) {
      ContextFact fact = values.get(department);
      ContextFact people = population.get(department);
      if (fact == null || (weighted && people == null)) {
        return null;
      }
      year = Math.min(year, fact.year());
      max = Math.max(max, fact.value());
      if (indicator.equals("HOUSEHOLD_SIZE")) {
        sum += people.value();
        weights += people.value() / fact.value();
      } else if (weighted) {
        sum += people.value() * fact.value();
        weights += people.value();
      } else {
        sum += fact.value();
      }
    }
    double value = indicator.equals("CH_PHASE") ? max : weighted ? sum / weights : sum;
    String source =
        String.format(
            Locale.ROOT, "Agrégé de %d départements (%s)", departments.size(), rule(indicator));
    return new ContextFact(indicator, value, year, source);
  }

  private static String rule(String indicator) {
    if (indicator.equals("CH_PHASE")) {
      return "phase la plus sévère";
    }
    if (indicator.equals("HOUSEHOLD_SIZE")) {
      return "population / ménages";
    }
    return RATES.contains(indicator) ? "moyenne pondérée par la population" : "somme";
  }
}
