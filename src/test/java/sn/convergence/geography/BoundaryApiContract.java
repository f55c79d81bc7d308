package sn.convergence.geography;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import sn.convergence.geography.boundaries.AdjacencyCalculator;
import sn.convergence.geography.boundaries.GeoJsonReader;
import sn.convergence.geography.boundaries.SourceFeature;

/**
 * The boundary import API and the simplified GeoJSON layers it serves. Run on H2 by {@link
 * BoundaryApiIntegrationTest} and on PostgreSQL by {@link BoundaryApiPostgresIntegrationTest}.
 */
@DirtiesContext
abstract class BoundaryApiContract {

  static final Path GEO = Path.of(System.getProperty("convergence.shared-dir", "../shared"), "geo");

  @Autowired MockMvc mvc;

  private MockMultipartFile departments() throws Exception {
    return new MockMultipartFile(
        "file",
        "sen_adm2_departements.geojson",
        "application/geo+json",
        Files.readAllBytes(GEO.resolve("sen_adm2_departements.geojson")));
  }

  @Test
  void refusesAnonymousImports() throws Exception {
    mvc.perform(
            multipart("/api/v1/boundaries")
                .file(departments())
                .accept(MediaType.APPLICATION_JSON)
                .with(csrf()))
        .andExpect(status().isUnauthorized());
  }

  @Test
  void refusesScriptsWithWrongCredentials() throws Exception {
    mvc.perform(
            post("/api/v1/boundaries")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"url\":\"https://example.org/sen_adm2.geojson\"}")
                .with(httpBasic("nobody", "wrong")))
        .andExpect(status().isUnauthorized());
  }

  @Test
  void refusesImportsByUsersWithoutTheRole() throws Exception {
    mvc.perform(
            multipart("/api/v1/boundaries")
                .file(departments())
                .with(user("partner").roles("PARTNER"))
                .with(csrf()))
        .andExpect(status().isForbidden());
  }

  @Test
  void importsAnUploadedFileForAnAdminAndServesTheLayer() throws Exception {
    mvc.perform(
            multipart("/api/v1/boundaries")
                .file(departments())
                .with(user("admin").roles("ADMIN"))
                .with(csrf()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.level").value("DEPARTMENT"))
        .andExpect(jsonPath("$.unitsUpdated").value(46))
        .andExpect(jsonPath("$.adjacencyDifferences").isEmpty());

    MvcResult layer =
        mvc.perform(get("/api/v1/geo/department.geojson"))
            .andExpect(status().isOk())
            .andExpect(content().contentTypeCompatibleWith("application/geo+json"))
            .andExpect(header().exists("ETag"))
            .andExpect(header().string("Cache-Control", containsString("max-age")))
            .andExpect(jsonPath("$.type").value("FeatureCollection"))
            .andExpect(jsonPath("$.features.length()").value(46))
            .andExpect(jsonPath("$.features[0].properties.pcode").value("SN0101"))
            .andExpect(jsonPath("$.features[0].properties.name").value("Dakar"))
            .andExpect(jsonPath("$.features[0].properties.parent").value("SN01"))
            .andReturn();
    byte[] body = layer.getResponse().getContentAsByteArray();
    assertThat(body.length).isLessThan(300 * 1024);
    assertSimplifiedLayerKeepsTheDeclaredAdjacency(body);

    mvc.perform(
            get("/api/v1/geo/DEPARTMENT.geojson")
                .header("If-None-Match", layer.getResponse().getHeader("ETag")))
        .andExpect(status().isNotModified());
    mvc.perform(get("/api/v1/geo/DEPARTMENT.geojson").param("validOn", "2019-06-01"))
        .andExpect(jsonPath("$.features.length()").value(45));
  }

  /** Neighbours share one simplified border: no gap or overlap appears between them. */
  private static void assertSimplifiedLayerKeepsTheDeclaredAdjacency(byte[] body) throws Exception {
    Map<PCode, Geometry> geometries = new LinkedHashMap<>();
    for (SourceFeature feature : GeoJsonReader.read(new ByteArrayInputStream(body), n -> {})) {
      assertThat(feature.geometry().isValid()).isTrue();
      geometries.put(PCode.of(feature.property("pcode")), feature.geometry());
    }
    int declaredPairs =
        BoundaryImportContract.declaredInReferenceCsv("DEPARTMENT").values().stream()
                .mapToInt(Set::size)
                .sum()
            / 2;
    assertThat(
            AdjacencyCalculator.compute(geometries, AdjacencyCalculator.DEFAULT_TOLERANCE, n -> {}))
        .hasSize(declaredPairs);
    double overlap = 0;
    Geometry[] all = geometries.values().toArray(Geometry[]::new);
    for (int i = 0; i < all.length; i++) {
      for (int j = i + 1; j < all.length; j++) {
        overlap += all[i].intersection(all[j]).getArea();
      }
    }
    assertThat(overlap).isLessThan(1e-9);
  }

  @Test
  void answers404WhenNoBoundariesAreLoadedForTheLevel() throws Exception {
    mvc.perform(get("/api/v1/geo/ARRONDISSEMENT.geojson").accept("application/geo+json"))
        .andExpect(status().isNotFound())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.detail", containsString("No boundaries are loaded")));
  }

  @Test
  void rejectsABrokenUploadWithAProblem() throws Exception {
    MockMultipartFile broken =
        new MockMultipartFile(
            "file", "broken.geojson", "application/geo+json", "{\"type\":\"Feature".getBytes());
    mvc.perform(
            multipart("/api/v1/boundaries")
                .file(broken)
                .param("lang", "en")
                .with(user("coordinator").roles("COORDINATOR"))
                .with(csrf()))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("file"))
        .andExpect(jsonPath("$.errors[0].code").value("INVALID_JSON"));
  }

  @Test
  void refusesToFetchLocalUrlsThroughTheApi() throws Exception {
    mvc.perform(
            post("/api/v1/boundaries")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"url\":\"http://127.0.0.1:9/boundaries.geojson\"}")
                .with(user("admin").roles("ADMIN"))
                .with(csrf()))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("url"))
        .andExpect(jsonPath("$.errors[0].code").value("FORBIDDEN_URL"));
  }
}
