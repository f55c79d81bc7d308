package sn.convergence.convergence;

import java.util.List;
import java.util.Objects;

/** A named set of need weights, e.g. one workshop working group's proposal. */
public record WeightSet(String name, List<NeedIndicator> needIndicators) {

  public WeightSet {
    Objects.requireNonNull(name, "name");
    needIndicators = List.copyOf(needIndicators);
  }
}
