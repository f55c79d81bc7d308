package sn.convergence.convergence;

import java.util.List;
import java.util.Optional;
import sn.convergence.geography.AdminLevel;
import sn.convergence.geography.PCode;

/**
 * The profile of one unit. Scores are present exactly when the status is {@code SCORED}; a unit
 * with {@code INSUFFICIENT_DATA} lists what is missing and has no class. Warnings name facts that
 * count for presence but not for coverage (no beneficiary figure, or a unit with no denominator).
 */
public record UnitProfile(
    PCode pcode,
    String name,
    AdminLevel level,
    DataStatus status,
    List<MissingItem> missing,
    List<String> warnings,
    Optional<UnitScores> scores) {

  public UnitProfile {
    missing = List.copyOf(missing);
    warnings = List.copyOf(warnings);
  }

  public Optional<UnitClass> unitClass() {
    return scores.map(UnitScores::unitClass);
  }
}
