package sn.convergence.convergence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import sn.convergence.geography.GeoPoint;
import sn.convergence.geography.PCode;

/**
 * The classes and zones of an analysis laid out for a map: each unit with its class (empty when it
 * could not be scored), its zone and where to draw it (shape, else centroid); each zone with its
 * rank and its outline. {@code shapes} is true when boundaries are loaded for the level, otherwise
 * units are points and a zone's outline is empty (a map then marks its members one by one).
 */
public record ZoneLayer(
    ConvergenceQuery query, boolean shapes, List<UnitEntry> units, List<ZoneEntry> zones) {

  public ZoneLayer {
    units = List.copyOf(units);
    zones = List.copyOf(zones);
  }

  /**
   * A unit of the layer; {@code zoneId} is null outside zones; {@code geometryJson} (a GeoJSON
   * polygon) and {@code centroid} may each be null.
   */
  public record UnitEntry(
      PCode pcode,
      String name,
      Optional<UnitClass> unitClass,
      String zoneId,
      String geometryJson,
      GeoPoint centroid) {}

  /**
   * A zone with its rank among all zones (1 first, in the analysis's order: class precedence, then
   * decreasing maximum need) and among the zones of its class; {@code outlineJson} is the members'
   * dissolved shape (a GeoJSON polygon), empty without boundaries.
   */
  public record ZoneEntry(
      Zone zone, int rank, int rankInClass, int zonesInClass, Optional<String> outlineJson) {}

  /** A zone by its id. */
  public Optional<ZoneEntry> zone(String id) {
    return zones.stream().filter(z -> z.zone().id().equals(id)).findFirst();
  }

  /**
   * Lays out a result. {@code shapes} maps P-codes to GeoJSON polygons (empty without boundaries);
   * {@code dissolve} turns the members' polygons into one outline. Pure apart from {@code
   * dissolve}.
   */
  public static ZoneLayer of(
      ConvergenceQuery query,
      ConvergenceResult result,
      Map<PCode, String> shapes,
      Map<PCode, GeoPoint> centroids,
      Function<List<String>, String> dissolve) {
    Map<PCode, String> zoneOfUnit = new HashMap<>();
    result.zones().forEach(z -> z.units().forEach(p -> zoneOfUnit.put(p, z.id())));
    List<UnitEntry> units = new ArrayList<>();
    for (UnitProfile unit : result.units()) {
      units.add(
          new UnitEntry(
              unit.pcode(),
              unit.name(),
              unit.unitClass(),
              zoneOfUnit.get(unit.pcode()),
              shapes.get(unit.pcode()),
              centroids.get(unit.pcode())));
    }
    List<ZoneEntry> zones = new ArrayList<>();
    Map<UnitClass, Integer> perClass = new HashMap<>();
    result.zones().forEach(z -> perClass.merge(z.unitClass(), 1, Integer::sum));
    Map<UnitClass, Integer> seen = new HashMap<>();
    for (Zone zone : result.zones()) {
      List<String> memberShapes =
          zone.units().stream().map(shapes::get).filter(s -> s != null).toList();
      zones.add(
          new ZoneEntry(
              zone,
              zones.size() + 1,
              seen.merge(zone.unitClass(), 1, Integer::sum),
              perClass.get(zone.unitClass()),
              memberShapes.isEmpty()
                  ? Optional.empty()
                  : Optional.of(dissolve.apply(memberShapes))));
    }
    return new ZoneLayer(query, !shapes.isEmpty(), units, zones);
  }
}
