package sn.convergence.convergence;

import java.util.List;
import java.util.Optional;
import sn.convergence.geography.AdminLevel;
import sn.convergence.geography.PCode;

/**
 * The outcome of an analysis: the fingerprint of inputs and parameters (SHA-256, hex), the status
 * of the analysis as a whole, the thresholds applied, unit profiles in P-code order and zones in
 * precedence order of their class, then by decreasing maximum need, then id.
 */
public record ConvergenceResult(
    String fingerprint,
    AdminLevel level,
    String periodLabel,
    DataStatus status,
    List<MissingItem> missing,
    ResolvedThresholds thresholds,
    List<UnitProfile> units,
    List<Zone> zones) {

  public ConvergenceResult {
    missing = List.copyOf(missing);
    units = List.copyOf(units);
    zones = List.copyOf(zones);
  }

  public Optional<UnitProfile> unit(PCode pcode) {
    return units.stream().filter(u -> u.pcode().equals(pcode)).findFirst();
  }
}
