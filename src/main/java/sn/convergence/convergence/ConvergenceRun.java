package sn.convergence.convergence;

import java.util.List;
import java.util.Map;

/**
 * One analysis as the application ran it: the query, the engine's result, a summary of what was
 * read to build its inputs, and the inputs themselves.
 */
public record ConvergenceRun(
    ConvergenceQuery query, ConvergenceResult result, InputSummary inputs, ConvergenceInputs data) {

  /**
   * What the inputs came from: analysed units, coverage rows used, rows at a coarser level than the
   * analysis (not spread over its units) and rows outside the analysed units, the most recent year
   * of each context indicator used, notes on estimated values, and the time taken (loading and
   * computing) in milliseconds.
   */
  public record InputSummary(
      int units,
      int coverageRows,
      int coarserRows,
      int outsideRows,
      Map<String, Integer> latestContextYears,
      List<String> estimates,
      long millis) {

    public InputSummary {
      latestContextYears = Map.copyOf(latestContextYears);
      estimates = List.copyOf(estimates);
    }
  }
}
