package sn.convergence.geography;

import java.util.List;

/**
 * What a boundary import did.
 *
 * @param format {@code COD_AB} or {@code GEOBOUNDARIES}
 * @param unitsUpdated units whose boundary, centroid and area were stored (created ones included)
 * @param unknownUnits features that match no unit and were skipped
 * @param adjacencyPairs unordered pairs of touching units computed from the file
 * @param adjacencyDifferences pairs on which computed and declared adjacency disagree
 */
public record BoundaryImportReport(
    String source,
    String format,
    AdminLevel level,
    int featuresRead,
    int unitsUpdated,
    List<PCode> unitsCreated,
    List<UnknownUnit> unknownUnits,
    int geometriesRepaired,
    int adjacencyPairs,
    List<AdjacencyDifference> adjacencyDifferences) {

  public BoundaryImportReport {
    unitsCreated = List.copyOf(unitsCreated);
    unknownUnits = List.copyOf(unknownUnits);
    adjacencyDifferences = List.copyOf(adjacencyDifferences);
  }

  /** A feature that was not imported: its position in the file (from 1), code, name and why. */
  public record UnknownUnit(int feature, String code, String name, String reason) {}

  /**
   * A pair found only in the computed adjacency ({@code COMPUTED_ONLY}) or only in the declared one
   * ({@code DECLARED_ONLY}).
   */
  public record AdjacencyDifference(PCode first, PCode second, String kind) {}
}
