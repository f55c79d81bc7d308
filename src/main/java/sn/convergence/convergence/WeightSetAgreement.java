package sn.convergence.convergence;

import java.util.List;
import java.util.Optional;
import sn.convergence.geography.PCode;

/**
 * Classes obtained with several weight sets, side by side. {@code allSetsAgreement} is the share of
 * units scored under every set that get the same class from all of them; each pair gives the share
 * of units scored under both with the same class; each unit gives its class per set (in set order,
 * empty where it could not be scored), the most frequent class (ties broken by precedence) and the
 * share of all sets giving it.
 */
public record WeightSetAgreement(
    List<String> setNames,
    List<String> fingerprints,
    double allSetsAgreement,
    List<PairAgreement> pairs,
    List<UnitAgreement> units) {

  public WeightSetAgreement {
    setNames = List.copyOf(setNames);
    fingerprints = List.copyOf(fingerprints);
    pairs = List.copyOf(pairs);
    units = List.copyOf(units);
  }

  public record PairAgreement(String first, String second, int unitsCompared, double agreement) {}

  public record UnitAgreement(
      PCode pcode,
      List<Optional<UnitClass>> classes,
      Optional<UnitClass> modalClass,
      double agreement) {

    public UnitAgreement {
      classes = List.copyOf(classes);
    }
  }
}
