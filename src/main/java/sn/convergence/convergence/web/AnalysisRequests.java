package sn.convergence.convergence.web;

import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import sn.convergence.context.ContextIndicators;
import sn.convergence.context.Indicator;
import sn.convergence.convergence.ClassThresholds;
import sn.convergence.convergence.ConvergenceQuery;
import sn.convergence.convergence.NeedIndicator;
import sn.convergence.convergence.Threshold;
import sn.convergence.geography.AdminLevel;
import sn.convergence.registry.Presence;
import sn.convergence.system.FieldViolation;
import sn.convergence.system.ValidationFailedException;

/**
 * Turns request parameters into a query, with every invalid field reported at once (400). Missing
 * fields take the defaults: departments, the three years up to the last year with coverage (not
 * after the current year), the engine's weights and thresholds.
 */
@Component
class AnalysisRequests {

  private final Presence presence;
  private final ContextIndicators context;

  AnalysisRequests(Presence presence, ContextIndicators context) {
    this.presence = presence;
    this.context = context;
  }

  ConvergenceQuery query(AnalysisParams p) {
    List<FieldViolation> errors = new ArrayList<>();
    AdminLevel level = level(p.level(), errors);
    int to = p.to() != null ? p.to() : defaultLastYear();
    int from = p.from() != null ? p.from() : (p.to() != null ? to : to - 2);
    if (from > to || from < ConvergenceQuery.FIRST_YEAR || to > ConvergenceQuery.LAST_YEAR) {
      errors.add(violation("from", "Years between 2000 and 2100 with from <= to"));
    }
    List<NeedIndicator> weights = weights(p.weights(), errors);
    ClassThresholds thresholds = thresholds(p, errors);
    if (!errors.isEmpty()) {
      throw new ValidationFailedException(errors);
    }
    return new ConvergenceQuery(level, from, to, weights, thresholds);
  }

  /** The default query's weights as text, e.g. for the page form. */
  static String weightsText(List<NeedIndicator> indicators) {
    return indicators.stream()
        .map(
            i ->
                (i.higherMeansMoreNeed() ? "" : "-")
                    + i.code()
                    + ":"
                    + String.format(Locale.ROOT, "%s", trim(i.weight())))
        .collect(Collectors.joining(","));
  }

  int defaultLastYear() {
    int thisYear = Year.now().getValue();
    List<Integer> years = presence.years();
    return years.isEmpty() ? thisYear : Math.min(years.get(years.size() - 1), thisYear);
  }

  private static AdminLevel level(String text, List<FieldViolation> errors) {
    if (text == null || text.isBlank()) {
      return AdminLevel.DEPARTMENT;
    }
    AdminLevel level = AdminLevel.parse(text).orElse(null);
    if (level == null || !ConvergenceQuery.LEVELS.contains(level)) {
      errors.add(violation("level", "DEPARTMENT or REGION"));
      return AdminLevel.DEPARTMENT;
    }
    return level;
  }

  private List<NeedIndicator> weights(String text, List<FieldViolation> errors) {
    if (text == null || text.isBlank()) {
      return ConvergenceQuery.defaults(2000, 2000).needIndicators();
    }
    Set<String> known =
        context.indicators().stream().map(Indicator::code).collect(Collectors.toSet());
    List<NeedIndicator> out = new ArrayList<>();
    double total = 0;
    for (String part : text.split(",")) {
      String[] pair = part.strip().split(":");
      boolean reversed = pair[0].strip().startsWith("-");
      String code = pair[0].strip().replaceFirst("^-", "").toUpperCase(Locale.ROOT);
      Double weight = pair.length == 2 ? number(pair[1]) : null;
      if (!known.contains(code) || weight == null || weight < 0 || weight > 1000) {
        errors.add(violation("weights", "Expected CODE:weight with a known indicator: " + part));
        continue;
      }
      if (out.stream().anyMatch(i -> i.code().equals(code))) {
        errors.add(violation("weights", "Indicator given twice: " + code));
        continue;
      }
      total += weight;
      out.add(new NeedIndicator(code, weight, !reversed));
    }
    if (out.isEmpty() || !(total > 0)) {
      errors.add(violation("weights", "At least one indicator with a positive weight"));
    }
    return out;
  }

  private static ClassThresholds thresholds(AnalysisParams p, List<FieldViolation> errors) {
    ClassThresholds defaults = ClassThresholds.defaults();
    Threshold.Mode mode = Threshold.Mode.QUANTILE;
    if (p.thresholdMode() != null && !p.thresholdMode().isBlank()) {
      try {
        mode = Threshold.Mode.valueOf(p.thresholdMode().strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        errors.add(violation("thresholdMode", "QUANTILE or ABSOLUTE"));
      }
    }
    double high = p.highNeed() != null ? p.highNeed() : defaults.highNeed().value();
    double low = p.lowCoverage() != null ? p.lowCoverage() : defaults.lowCoverage().value();
    if (!inUnit(high)) {
      errors.add(violation("highNeed", "Between 0 and 1"));
    }
    if (!inUnit(low)) {
      errors.add(violation("lowCoverage", "Between 0 and 1"));
    }
    int components = p.minComponents() != null ? p.minComponents() : defaults.minComponents();
    int duplications =
        p.minDuplications() != null ? p.minDuplications() : defaults.minDuplications();
    if (components < 1 || components > 4) {
      errors.add(violation("minComponents", "Between 1 and 4"));
    }
    if (duplications < 1 || duplications > 100) {
      errors.add(violation("minDuplications", "Between 1 and 100"));
    }
    if (!errors.isEmpty()) {
      return defaults;
    }
    return new ClassThresholds(
        new Threshold(mode, high), new Threshold(mode, low), components, duplications);
  }

  private static boolean inUnit(double value) {
    return value >= 0 && value <= 1;
  }

  private static Double number(String text) {
    try {
      double value = Double.parseDouble(text.strip());
      return Double.isFinite(value) ? value : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static String trim(double value) {
    return value == Math.rint(value)
        ? Long.toString((long) value)
        : String.format(Locale.ROOT, "%s", value);
  }

  private static FieldViolation violation(String field, String message) {
    return new FieldViolation(field, "invalid", message);
  }
}
