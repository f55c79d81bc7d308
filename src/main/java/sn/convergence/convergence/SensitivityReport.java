package sn.convergence.convergence;

import java.util.List;

/**
 * Outcome of a sensitivity analysis: the fingerprint of inputs, parameters and settings, the
 * settings, per scored unit its stability (P-code order), and the mean kept share over them.
 */
public record SensitivityReport(
    String fingerprint,
    SensitivitySettings settings,
    List<UnitStability> units,
    double meanKeptShare) {

  public SensitivityReport {
    units = List.copyOf(units);
  }
}
