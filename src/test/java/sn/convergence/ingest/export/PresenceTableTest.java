package sn.convergence.ingest.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import sn.convergence.geography.AdminLevel;
import sn.convergence.geography.AdminUnit;
import sn.convergence.geography.PCode;
import sn.convergence.geography.ReferenceGeography;
import sn.convergence.registry.BeneficiaryUnit;
import sn.convergence.registry.Figures;
import sn.convergence.registry.UnitPresence;

class PresenceTableTest {

  private static final Map<PCode, AdminUnit> GEOGRAPHY =
      ReferenceGeography.units().stream()
          .collect(Collectors.toMap(AdminUnit::pcode, Function.identity()));

  private final PresenceTable.Labels labels =
      (key, args) -> args.length == 0 ? key : key + "(" + args[0] + ")";

  private final UnitPresence kanel =
      new UnitPresence(
          "SN0901",
          "Kanel",
          "DEPARTMENT",
          2,
          List.of("LEAN", "PNBSF"),
          2,
          List.of("DGPSN", "PAM"),
          Map.of(
              BeneficiaryUnit.HOUSEHOLDS, new Figures(1200, 1100),
              BeneficiaryUnit.PEOPLE, new Figures(9000, 8700)),
          178_000_000L,
          3);

  @Test
  void keepsHouseholdsAndPeopleInSeparateColumnsWithHxlTags() {
    PresenceTable table = new PresenceTable(AdminLevel.DEPARTMENT, GEOGRAPHY, labels);
    List<String> tags = table.hashtags();
    List<Object> cells = table.cells(kanel);

    assertThat(tags)
        .startsWith("#meta +level", "#country +code", "#adm1 +code", "#adm1 +name")
        .contains("#adm2 +code", "#indicator +interventions +num", "#org +num");
    assertThat(cells.get(tags.indexOf("#adm1 +code"))).isEqualTo("SN09");
    assertThat(cells.get(tags.indexOf("#adm1 +name"))).isEqualTo("Matam");
    assertThat(cells.get(tags.indexOf("#adm2 +name"))).isEqualTo("Kanel");
    assertThat(cells.get(tags.indexOf("#targeted +hh"))).isEqualTo(1200L);
    assertThat(cells.get(tags.indexOf("#reached +hh"))).isEqualTo(1100L);
    assertThat(cells.get(tags.indexOf("#reached +ind"))).isEqualTo(8700L);
    assertThat(cells.get(tags.indexOf("#reached +pupils"))).isNull();
    assertThat(cells.get(tags.indexOf("#activity +code +list"))).isEqualTo("LEAN | PNBSF");
    assertThat(cells.get(tags.indexOf("#value +budget +xof"))).isEqualTo(178_000_000L);
    assertThat(table.headers().get(tags.indexOf("#reached +hh")))
        .isEqualTo("exports.presence.reached(registry.unit.HOUSEHOLDS)");
  }

  @Test
  void hasNoDepartmentColumnsAtTheRegionLevel() {
    PresenceTable table = new PresenceTable(AdminLevel.REGION, GEOGRAPHY, labels);

    assertThat(table.hashtags()).doesNotContain("#adm2 +code", "#adm2 +name");
    assertThat(table.hashtags()).hasSameSizeAs(table.headers());
  }

  @Test
  void givesEachUnitItsBoundaryOrElseItsCentroid() {
    PresenceTable table = new PresenceTable(AdminLevel.DEPARTMENT, GEOGRAPHY, labels);
    UnitPresence matam =
        new UnitPresence(
            "SN0902", "Matam", "DEPARTMENT", 0, List.of(), 0, List.of(), Map.of(), 0, 0);
    String square = "{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,0],[1,1],[0,0]]]}";
    StringWriter out = new StringWriter();

    PresenceGeoJson.write(
        List.of(kanel, matam),
        table,
        GEOGRAPHY,
        p -> p.value().equals("SN0902") ? square : null,
        out);

    String json = out.toString();
    assertThat((String) JsonPath.read(json, "$.type")).isEqualTo("FeatureCollection");
    assertThat((String) JsonPath.read(json, "$.features[0].id")).isEqualTo("SN0901");
    assertThat((String) JsonPath.read(json, "$.features[0].geometry.type")).isEqualTo("Point");
    assertThat((List<Double>) JsonPath.read(json, "$.features[0].geometry.coordinates"))
        .containsExactly(-13.12962, 14.97519);
    assertThat((Integer) JsonPath.read(json, "$.features[0].properties.reached_households"))
        .isEqualTo(1100);
    assertThat((String) JsonPath.read(json, "$.features[0].properties.adm1Name"))
        .isEqualTo("Matam");
    assertThat((String) JsonPath.read(json, "$.features[1].geometry.type")).isEqualTo("Polygon");
  }
}
