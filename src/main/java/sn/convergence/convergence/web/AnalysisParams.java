package sn.convergence.convergence.web;

/**
 * The parameters of an analysis as a client sends them, in a query string or a JSON body; every
 * field is optional. {@code weights} reads {@code POVERTY_RATE:0.5,CH_PHASE:0.3,POPULATION:0.2} (a
 * code prefixed with {@code -} counts low values as need); {@code thresholdMode} is {@code
 * QUANTILE} (high need and low coverage as quantiles 0-1 of the scored units) or {@code ABSOLUTE}.
 */
record AnalysisParams(
    String level,
    Integer from,
    Integer to,
    String weights,
    String thresholdMode,
    Double highNeed,
    Double lowCoverage,
    Integer minComponents,
    Integer minDuplications) {

  static AnalysisParams empty() {
    return new AnalysisParams(null, null, null, null, null, null, null, null, null);
  }

  AnalysisParams withWeights(String newWeights) {
    return new AnalysisParams(
        level,
        from,
        to,
        newWeights,
        thresholdMode,
        highNeed,
        lowCoverage,
        minComponents,
        minDuplications);
  }
}
