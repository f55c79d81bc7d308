package sn.convergence.maps;

import java.util.List;
import sn.convergence.registry.UnitPresence;

/**
 * The national dashboard of one year: totals, presence by region, the department x intervention
 * type matrix and the actors ranked by how many departments they are present in.
 */
public record DashboardData(
    int year,
    UnitPresence totals,
    List<UnitPresence> regions,
    TypeMatrix matrix,
    List<ActorPresence> actors) {

  /**
   * Interventions present per department (rows) and type (columns, taxonomy order, only types
   * present somewhere); {@code max} is the largest cell.
   */
  public record TypeMatrix(List<String> types, List<MatrixRow> rows, int max) {

    /** The heat class of a cell: 0 for none, then 1 to 4 by quarter of the maximum. */
    public int heat(int count) {
      if (count <= 0 || max <= 0) {
        return 0;
      }
      return Math.max(1, Math.min(4, (int) Math.ceil(4.0 * count / max)));
    }
  }

  /** One department and its count per type, in the order of the matrix's types. */
  public record MatrixRow(String pcode, String name, List<Integer> counts) {}

  /** An organisation and where it is present. */
  public record ActorPresence(
      String acronym, String name, int departments, int regions, int interventions) {}
}
