package sn.convergence.convergence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.test.context.TestSecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import sn.convergence.geography.BoundaryImport;
import sn.convergence.geography.BoundaryImportOptions;
import sn.convergence.geography.BoundarySource;
import sn.convergence.geography.ImportProgress;
import sn.convergence.support.PlatformTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The convergence layer of the map explorer on the demonstration data for 2021-2023, first on the
 * centroids, then on the department boundaries of the shared geo folder (imported here, hence a
 * context of its own). Demo story 1: Matam (SN0902) lies in the first convergence zone.
 */
@PlatformTest
@TestPropertySource(properties = "convergence.demo.mode=true")
@DirtiesContext
@WithMockUser(roles = "ADMIN")
class ZoneLayerIntegrationTest {

  static final String QUERY = "?from=2021&to=2023";
  static final Path DEPARTMENTS =
      Path.of(System.getProperty("convergence.shared-dir", "../shared"))
          .resolve("geo/sen_adm2_departements.geojson");
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Autowired MockMvc mvc;
  @Autowired BoundaryImport boundaryImport;

  @Test
  void drawsClassesOnCentroidsThenOutlinesZonesOnceBoundariesAreImported() throws Exception {
    JsonNode points = zones();
    assertThat(points.get("shapes").asBoolean()).isFalse();
    assertThat(points.get("period").asString()).isEqualTo("2021-2023");
    assertThat(units(points)).hasSize(46).allMatch(f -> type(f).equals("Point"));
    assertThat(zoneFeatures(points)).isNotEmpty().allMatch(f -> type(f).equals("MultiPoint"));

    // MockMvc requests clear the test's security context: sign in again to import.
    TestSecurityContextHolder.setAuthentication(
        new TestingAuthenticationToken("admin", "admin", "ROLE_ADMIN"));
    boundaryImport.execute(
        BoundarySource.file(DEPARTMENTS), BoundaryImportOptions.detect(), ImportProgress.NONE);

    JsonNode shapes = zones();
    assertThat(shapes.get("shapes").asBoolean()).isTrue();
    assertThat(units(shapes))
        .hasSize(46)
        .allMatch(f -> List.of("Polygon", "MultiPolygon").contains(type(f)));
    JsonNode matam = feature(shapes, "SN0902");
    assertThat(matam.at("/properties/classCode").asString()).isEqualTo("CONVERGENCE");
    assertThat(matam.at("/properties/classLabel").asString()).isEqualTo("Zone de convergence");
    JsonNode zone = feature(shapes, matam.at("/properties/zone").asString());
    assertThat(zone.at("/properties/kind").asString()).isEqualTo("zone");
    assertThat(zone.at("/properties/rankInClass").asInt()).isEqualTo(1);
    assertThat(zone.at("/properties/units").toString()).contains("SN0902");
    assertThat(type(zone)).isIn("Polygon", "MultiPolygon");
    // A zone of one unit is outlined by that unit's own boundary, without holes added.
    zoneFeatures(shapes).stream()
        .filter(f -> f.at("/properties/units").size() == 1)
        .forEach(
            f ->
                assertThat(type(f))
                    .isEqualTo(type(feature(shapes, f.at("/properties/units/0").asString()))));
  }

  @Test
  void summarisesAZoneWithItsRankAndPriorityActivities() throws Exception {
    String id = feature(zones(), "SN0902").at("/properties/zone").asString();

    String html =
        mvc.perform(get("/convergence/zones/" + id + QUERY))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);

    assertThat(html).doesNotContain("<html").contains("data-zone=\"" + id + "\"");
    assertThat(html).contains("Rang 1 sur").contains("Zone de convergence");
    assertThat(html).contains("Matam").contains("Activités prioritaires");
    assertThat(html).contains("class=\"activity mb-1\"").contains("Synergie");
    assertThat(html).contains("/convergence?level=DEPARTMENT&amp;from=2021&amp;to=2023");
    mvc.perform(get("/convergence/zones/NO-SUCH-ZONE" + QUERY)).andExpect(status().isNotFound());
  }

  @Test
  void exportsTheConvergenceLayerInTheMapSvg() throws Exception {
    String svg =
        mvc.perform(get("/map/export.svg").param("year", "2023").param("convergence", "on"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);

    assertThat(svg).contains("Couche de convergence (analyse 2021-2023) – carte 2023");
    assertThat(svg).contains("fill=\"#1b7837\"").contains("<g class=\"zone\" data-zone=\"");
    assertThat(svg).contains("Zone de convergence 1 :");
  }

  @Test
  void namesTheUnitsClassAndZoneInItsFactSheetWhenTheLayerIsOn() throws Exception {
    String html =
        mvc.perform(get("/map/panel/SN0902").param("year", "2023").param("convergence", "on"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);

    assertThat(html).contains("Zone de convergence").contains("(analyse 2021-2023)");
    assertThat(html)
        .contains("data-open-zone=\"CONVERGENCE-")
        .contains("Voir la zone : Zone de convergence 1 :");
    assertThat(
            mvc.perform(get("/map/panel/SN0902").param("year", "2023"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8))
        .doesNotContain("data-open-zone");
  }

  @Test
  void answersGeoJsonInEnglish() throws Exception {
    mvc.perform(get("/api/v1/convergence/zones.geojson" + QUERY + "&lang=en"))
        .andExpect(status().isOk())
        .andExpect(content().contentTypeCompatibleWith("application/geo+json"))
        .andExpect(
            content()
                .string(
                    org.hamcrest.Matchers.containsString("\"classLabel\":\"Convergence zone\"")));
  }

  private JsonNode zones() throws Exception {
    return JSON.readTree(
        mvc.perform(get("/api/v1/convergence/zones.geojson" + QUERY))
            .andExpect(status().isOk())
            .andExpect(content().contentTypeCompatibleWith("application/geo+json"))
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8));
  }

  private static List<JsonNode> units(JsonNode collection) {
    return kind(collection, "unit");
  }

  private static List<JsonNode> zoneFeatures(JsonNode collection) {
    return kind(collection, "zone");
  }

  private static List<JsonNode> kind(JsonNode collection, String kind) {
    List<JsonNode> out = new java.util.ArrayList<>();
    collection
        .get("features")
        .forEach(
            f -> {
              if (kind.equals(f.at("/properties/kind").asString())) {
                out.add(f);
              }
            });
    return out;
  }

  private static JsonNode feature(JsonNode collection, String id) {
    for (JsonNode f : collection.get("features")) {
      if (id.equals(f.get("id").asString())) {
        return f;
      }
    }
    throw new AssertionError("no feature " + id);
  }

  private static String type(JsonNode feature) {
    return feature.at("/geometry/type").asString();
  }
}
