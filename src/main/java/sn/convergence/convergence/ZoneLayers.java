package sn.convergence.convergence;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import sn.convergence.geography.AdminUnit;
import sn.convergence.geography.AdminUnits;
import sn.convergence.geography.PCode;
import sn.convergence.geography.UnitShapes;

/**
 * The convergence layer of maps: runs the analysis of a query and lays its classes and zones out on
 * the units' simplified boundaries (valid at the end of the period), zones outlined by dissolving
 * their members' shapes; on centroids when no boundaries are loaded.
 */
@Service
public class ZoneLayers {

  private final ComputeConvergence compute;
  private final UnitShapes shapes;
  private final AdminUnits adminUnits;

  ZoneLayers(ComputeConvergence compute, UnitShapes shapes, AdminUnits adminUnits) {
    this.compute = compute;
    this.shapes = shapes;
    this.adminUnits = adminUnits;
  }

  /**
   * The layer of a query without any geometry (classes, zones and their ranks), for summaries that
   * draw nothing.
   */
  public ZoneLayer ranked(ConvergenceQuery query) {
    return ZoneLayer.of(query, compute.run(query).result(), Map.of(), Map.of(), members -> null);
  }

  /** The layer of the analysis of a query. */
  public ZoneLayer layer(ConvergenceQuery query) {
    ConvergenceResult result = compute.run(query).result();
    LocalDate end = LocalDate.of(query.toYear(), 12, 31);
    Map<PCode, String> unitShapes =
        shapes.simplified(query.level(), end).stream()
            .collect(
                Collectors.toMap(
                    UnitShapes.UnitShape::pcode, UnitShapes.UnitShape::geometryJson, (a, b) -> a));
    List<AdminUnit> units = adminUnits.list(query.level(), null, end);
    return ZoneLayer.of(
        query,
        result,
        unitShapes,
        units.stream()
            .filter(u -> u.centroid() != null)
            .collect(Collectors.toMap(AdminUnit::pcode, AdminUnit::centroid, (a, b) -> a)),
        UnitShapes::dissolve);
  }
}
