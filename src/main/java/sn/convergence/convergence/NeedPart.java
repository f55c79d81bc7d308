package sn.convergence.convergence;

/**
 * One indicator's share of a need index: the raw value with its year and source, the min-max bounds
 * over the units, the normalised value (0-1, reversed when a low value means need; 0.5 when all
 * units have the same value), the renormalised weight and the contribution = weight x normalised.
 */
public record NeedPart(
    String indicatorCode,
    double rawValue,
    int year,
    String source,
    double min,
    double max,
    boolean higherMeansMoreNeed,
    double normalised,
    double weight,
    double contribution) {}
