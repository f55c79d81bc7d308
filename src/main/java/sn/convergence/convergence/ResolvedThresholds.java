package sn.convergence.convergence;

/** The cut-off values actually applied (quantiles resolved over the scored units). */
public record ResolvedThresholds(
    double highNeed, double lowCoverage, int minComponents, int minDuplications) {}
