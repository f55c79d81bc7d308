package sn.convergence.convergence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import sn.convergence.geography.GeoPoint;
import sn.convergence.geography.PCode;
import sn.convergence.geography.UnitShapes;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The convergence layer of maps over the hand-computed {@link SixDepartments} scenario: zones GAP
 * "Kanel – Goudiry" (SN0103, SN0105), CONVERGENCE "Podor – Matam" (SN0101, SN0102), DUPLICATION
 * "Mbour" (SN0104); Dakar (SN0106) is not scored.
 */
class ZoneLayerTest {

  static final ConvergenceResult RESULT =
      ConvergenceAnalysis.compute(SixDepartments.inputs(), SixDepartments.parameters());
  static final ConvergenceQuery QUERY = ConvergenceQuery.defaults(2021, 2021);

  /** Podor [0,1]x[0,1] and Matam [1,2]x[0,1] share an edge; Mbour lies apart. */
  static final Map<PCode, String> SHAPES =
      Map.of(
          PCode.of("SN0101"), square(0, 0),
          PCode.of("SN0102"), square(1, 0),
          PCode.of("SN0104"), square(5, 5));

  static final Map<PCode, GeoPoint> CENTROIDS =
      Map.of(
          PCode.of("SN0101"), new GeoPoint(0.5, 0.5), PCode.of("SN0102"), new GeoPoint(0.5, 1.5));

  @Test
  void ranksZonesInTheAnalysisOrderAndWithinTheirClass() {
    ZoneLayer layer = ZoneLayer.of(QUERY, RESULT, Map.of(), CENTROIDS, members -> "unused");

    assertThat(layer.zones())
        .extracting(z -> z.zone().id(), ZoneLayer.ZoneEntry::rank, ZoneLayer.ZoneEntry::rankInClass)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("GAP-SN0103", 1, 1),
            org.assertj.core.groups.Tuple.tuple("CONVERGENCE-SN0101", 2, 1),
            org.assertj.core.groups.Tuple.tuple("DUPLICATION-SN0104", 3, 1));
    assertThat(layer.zones()).allMatch(z -> z.zonesInClass() == 1);
    assertThat(layer.zone("CONVERGENCE-SN0101")).isPresent();
    assertThat(layer.zone("NO-SUCH-ZONE")).isEmpty();
  }

  @Test
  void givesEachUnitItsClassAndZoneAndLeavesUnscoredUnitsWithoutClass() {
    ZoneLayer layer = ZoneLayer.of(QUERY, RESULT, Map.of(), CENTROIDS, members -> "unused");

    ZoneLayer.UnitEntry matam = unit(layer, "SN0102");
    assertThat(matam.unitClass()).contains(UnitClass.CONVERGENCE);
    assertThat(matam.zoneId()).isEqualTo("CONVERGENCE-SN0101");
    assertThat(matam.centroid()).isEqualTo(new GeoPoint(0.5, 1.5));
    ZoneLayer.UnitEntry dakar = unit(layer, "SN0106");
    assertThat(dakar.unitClass()).isEmpty();
    assertThat(dakar.zoneId()).isNull();
    assertThat(dakar.centroid()).isNull();
  }

  @Test
  void outlinesEachZoneByDissolvingTheShapesOfItsMembers() {
    List<List<String>> dissolved = new ArrayList<>();
    ZoneLayer layer =
        ZoneLayer.of(
            QUERY,
            RESULT,
            SHAPES,
            CENTROIDS,
            members -> {
              dissolved.add(members);
              return "outline-" + members.size();
            });

    assertThat(layer.shapes()).isTrue();
    assertThat(layer.zone("CONVERGENCE-SN0101").orElseThrow().outlineJson()).contains("outline-2");
    assertThat(layer.zone("DUPLICATION-SN0104").orElseThrow().outlineJson()).contains("outline-1");
    assertThat(layer.zone("GAP-SN0103").orElseThrow().outlineJson()).isEmpty();
    assertThat(dissolved).contains(List.of(square(0, 0), square(1, 0)));
    assertThat(unit(layer, "SN0101").geometryJson()).isEqualTo(square(0, 0));
  }

  @Test
  void mergesTwoAdjacentDepartmentsOfAZoneIntoOnePolygon() {
    ZoneLayer layer = ZoneLayer.of(QUERY, RESULT, SHAPES, CENTROIDS, UnitShapes::dissolve);

    JsonNode outline =
        JsonMapper.builder()
            .build()
            .readTree(layer.zone("CONVERGENCE-SN0101").orElseThrow().outlineJson().orElseThrow());
    assertThat(outline.get("type").asString()).isEqualTo("Polygon");
    assertThat(outline.get("coordinates"))
        .as("one ring: no border between Podor and Matam")
        .hasSize(1);
    assertThat(outline.get("coordinates").get(0).toString())
        .contains("[2,0]", "[2,1]", "[0,1]", "[0,0]");
  }

  @Test
  void drawsNoOutlineWithoutBoundaries() {
    ZoneLayer layer =
        ZoneLayer.of(
            QUERY,
            RESULT,
            Map.of(),
            CENTROIDS,
            members -> {
              throw new AssertionError("nothing to dissolve");
            });

    assertThat(layer.shapes()).isFalse();
    assertThat(layer.zones()).allMatch(z -> z.outlineJson().isEmpty());
  }

  private static ZoneLayer.UnitEntry unit(ZoneLayer layer, String pcode) {
    return layer.units().stream()
        .filter(u -> u.pcode().value().equals(pcode))
        .findFirst()
        .orElseThrow();
  }

  private static String square(int x, int y) {
    return String.format(
        "{\"type\":\"Polygon\",\"coordinates\":[[[%d,%d],[%d,%d],[%d,%d],[%d,%d],[%d,%d]]]}",
        x, y, x + 1, y, x + 1, y + 1, x, y + 1, x, y);
  }
}
