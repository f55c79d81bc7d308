package sn.convergence.convergence;

import java.time.Instant;

/** An analysis saved by a user: its query and the result as it was computed then. */
public record SavedAnalysis(
    long id,
    String name,
    ConvergenceQuery query,
    String fingerprint,
    ConvergenceResult result,
    String createdBy,
    Instant createdAt) {}
