package sn.convergence.convergence;

import java.util.List;
import java.util.Objects;
import sn.convergence.geography.AdminLevel;

/**
 * What a user asks the application to analyse: a level (department or region), a period of whole
 * calendar years, the need weights and the classification thresholds; everything else takes the
 * engine's defaults ({@link ConvergenceParameters#defaults}).
 */
public record ConvergenceQuery(
    AdminLevel level,
    int fromYear,
    int toYear,
    List<NeedIndicator> needIndicators,
    ClassThresholds thresholds) {

  /** The levels an analysis can run at: context and coverage are reported there. */
  public static final List<AdminLevel> LEVELS = List.of(AdminLevel.DEPARTMENT, AdminLevel.REGION);

  public static final int FIRST_YEAR = 2000;
  public static final int LAST_YEAR = 2100;

  public ConvergenceQuery {
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(thresholds, "thresholds");
    needIndicators = List.copyOf(needIndicators);
    if (!LEVELS.contains(level)) {
      throw new IllegalArgumentException("An analysis runs at department or region level");
    }
    if (fromYear > toYear || fromYear < FIRST_YEAR || toYear > LAST_YEAR) {
      throw new IllegalArgumentException(
          "Years from " + FIRST_YEAR + " to " + LAST_YEAR + ", from <= to");
    }
  }

  /** The defaults: departments, the engine's need weights and thresholds. */
  public static ConvergenceQuery defaults(int fromYear, int toYear) {
    return defaults(AdminLevel.DEPARTMENT, fromYear, toYear);
  }

  /** The engine's need weights and thresholds at a level (one of {@link #LEVELS}). */
  public static ConvergenceQuery defaults(AdminLevel level, int fromYear, int toYear) {
    ConvergenceParameters p = ConvergenceParameters.defaults(level, "");
    return new ConvergenceQuery(level, fromYear, toYear, p.needIndicators(), p.thresholds());
  }

  /** "2021" for one year, "2021-2023" for several. */
  public String periodLabel() {
    return fromYear == toYear ? Integer.toString(fromYear) : fromYear + "-" + toYear;
  }

  public ConvergenceParameters parameters() {
    return ConvergenceParameters.defaults(level, periodLabel())
        .withNeedIndicators(needIndicators)
        .withThresholds(thresholds);
  }

  public ConvergenceQuery withNeedIndicators(List<NeedIndicator> indicators) {
    return new ConvergenceQuery(level, fromYear, toYear, indicators, thresholds);
  }
}
