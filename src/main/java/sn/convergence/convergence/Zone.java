package sn.convergence.convergence;

import java.util.List;
import sn.convergence.geography.PCode;

/**
 * A contiguous group of units of one class. Units are in P-code order and the names follow that
 * order ("Podor – Matam – Kanel"); the id is the class and the first P-code.
 */
public record Zone(
    String id,
    UnitClass unitClass,
    String nameFr,
    String nameEn,
    List<PCode> units,
    double meanNeed,
    double maxNeed,
    List<Activity> activities) {

  public Zone {
    units = List.copyOf(units);
    activities = List.copyOf(activities);
  }
}
