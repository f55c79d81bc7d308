package sn.convergence.convergence;

import java.util.List;
import sn.convergence.geography.PCode;

/**
 * How often a scored unit keeps its base class under perturbed weights ({@code keptShare}, 0-1),
 * and the share of draws giving each class (in enum order).
 */
public record UnitStability(
    PCode pcode, UnitClass baseClass, double keptShare, List<ClassShare> shares) {

  public UnitStability {
    shares = List.copyOf(shares);
  }

  public record ClassShare(UnitClass unitClass, double share) {}
}
