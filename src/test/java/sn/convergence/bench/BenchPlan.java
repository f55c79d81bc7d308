package sn.convergence.bench;

/**
 * Iterations of a benchmark: {@code warmups} discarded, then {@code iterations} measured, each
 * timing {@code operations} consecutive calls.
 */
public record BenchPlan(int warmups, int iterations, int operations) {

  public BenchPlan {
    if (warmups < 0 || iterations < 1 || operations < 1) {
      throw new IllegalArgumentException("warmups >= 0, iterations >= 1, operations >= 1");
    }
  }

  /** For slow operations measured one at a time, such as starting the application. */
  public static BenchPlan runs(int runs) {
    return new BenchPlan(0, runs, 1);
  }
}
