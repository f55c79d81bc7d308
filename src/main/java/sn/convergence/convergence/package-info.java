/**
 * The convergence analysis engine: per-unit profiles (need index, coverage per intervention family,
 * complementarity of an integrated package, duplications, gap), classification of units into
 * convergence, gap, duplication and low-priority zones, contiguous zones with priority activities,
 * explanations of every score, sensitivity to weights and agreement between weight sets.
 *
 * <p>Pure functions over records: {@link sn.convergence.convergence.ConvergenceAnalysis#compute}
 * takes {@link sn.convergence.convergence.ConvergenceInputs} and {@link
 * sn.convergence.convergence.ConvergenceParameters} and returns a deterministic {@link
 * sn.convergence.convergence.ConvergenceResult} carrying a SHA-256 fingerprint of both. The
 * methodology is documented on {@link sn.convergence.convergence.ConvergenceAnalysis}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Convergence analysis")
package sn.convergence.convergence;
