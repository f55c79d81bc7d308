package sn.convergence.convergence;

import java.time.Instant;

/** A saved analysis without its stored result: what a list of analyses shows. */
public record SavedAnalysisSummary(
    long id,
    String name,
    ConvergenceQuery query,
    String fingerprint,
    String createdBy,
    Instant createdAt) {}
