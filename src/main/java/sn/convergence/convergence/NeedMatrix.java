package sn.convergence.convergence;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The need indicators with a positive weight, their min-max bounds over the units that report them,
 * and every unit's normalised values; computed once, so that re-weighting (sensitivity analysis)
 * costs one weighted sum per unit.
 */
final class NeedMatrix {

  private final List<NeedIndicator> indicators;
  private final ContextFact[][] facts;
  private final double[] min;
  private final double[] max;
  private final double[][] normalised;

  private NeedMatrix(List<UnitInput> units, List<NeedIndicator> indicators) {
    this.indicators = indicators;
    int n = units.size();
    int k = indicators.size();
    facts = new ContextFact[n][k];
    min = new double[k];
    max = new double[k];
    normalised = new double[n][k];
    for (int i = 0; i < k; i++) {
      min[i] = Double.POSITIVE_INFINITY;
      max[i] = Double.NEGATIVE_INFINITY;
      for (int u = 0; u < n; u++) {
        Optional<ContextFact> fact = units.get(u).contextValue(indicators.get(i).code());
        facts[u][i] = fact.orElse(null);
        if (fact.isPresent()) {
          min[i] = Math.min(min[i], fact.get().value());
          max[i] = Math.max(max[i], fact.get().value());
        }
      }
      for (int u = 0; u < n; u++) {
        normalised[u][i] =
            facts[u][i] == null
                ? Double.NaN
                : normalise(facts[u][i].value(), min[i], max[i], indicators.get(i));
      }
    }
  }

  static NeedMatrix of(List<UnitInput> units, List<NeedIndicator> indicators) {
    return new NeedMatrix(units, indicators.stream().filter(i -> i.weight() > 0).toList());
  }

  /** Min-max normalisation to 0-1, reversed when a low value means need; 0.5 with no contrast. */
  static double normalise(double value, double min, double max, NeedIndicator indicator) {
    if (max == min) {
      return 0.5;
    }
    double share = (value - min) / (max - min);
    return indicator.higherMeansMoreNeed() ? share : 1 - share;
  }

  List<NeedIndicator> indicators() {
    return indicators;
  }

  /** The parameters' weights renormalised to sum to 1, in indicator order. */
  double[] weights() {
    double total = indicators.stream().mapToDouble(NeedIndicator::weight).sum();
    double[] weights = new double[indicators.size()];
    for (int i = 0; i < weights.length; i++) {
      weights[i] = indicators.get(i).weight() / total;
    }
    return weights;
  }

  List<MissingItem> missing(int unit) {
    List<MissingItem> missing = new ArrayList<>();
    for (int i = 0; i < indicators.size(); i++) {
      if (facts[unit][i] == null) {
        missing.add(
            new MissingItem(
                MissingItem.Kind.NEED_INDICATOR, indicators.get(i).code(), "need index"));
      }
    }
    return missing;
  }

  /** Need = sum over indicators of weight x normalised value (NaN when a value is missing). */
  double need(int unit, double[] weights) {
    double need = 0;
    for (int i = 0; i < weights.length; i++) {
      need += weights[i] * normalised[unit][i];
    }
    return need;
  }

  NeedScore score(int unit, double[] weights) {
    List<NeedPart> parts = new ArrayList<>();
    for (int i = 0; i < weights.length; i++) {
      ContextFact fact = facts[unit][i];
      parts.add(
          new NeedPart(
              indicators.get(i).code(),
              fact.value(),
              fact.year(),
              fact.source(),
              min[i],
              max[i],
              indicators.get(i).higherMeansMoreNeed(),
              normalised[unit][i],
              weights[i],
              weights[i] * normalised[unit][i]));
    }
    return new NeedScore(need(unit, weights), parts);
  }
}
