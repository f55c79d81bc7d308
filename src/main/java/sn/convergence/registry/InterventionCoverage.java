package sn.convergence.registry;

/**
 * One coverage fact with the intervention it belongs to (classification, participants, review
 * status), as {@link CoverageFacts} hands them out for exports.
 */
public record InterventionCoverage(InterventionSummary intervention, Coverage coverage) {}
