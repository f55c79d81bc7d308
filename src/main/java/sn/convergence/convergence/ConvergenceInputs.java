package sn.convergence.convergence;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import sn.convergence.geography.PCode;

/**
 * Everything the analysis reads: the units of one level with their context and coverage, and the
 * adjacency graph (treated as symmetric; neighbours that are not among the units are ignored).
 */
public record ConvergenceInputs(List<UnitInput> units, Map<PCode, List<PCode>> adjacency) {

  public ConvergenceInputs {
    units = List.copyOf(units);
    Objects.requireNonNull(adjacency, "adjacency");
    TreeMap<PCode, List<PCode>> sorted = new TreeMap<>();
    adjacency.forEach((unit, neighbours) -> sorted.put(unit, List.copyOf(neighbours)));
    adjacency = java.util.Collections.unmodifiableSortedMap(sorted);
  }
}
