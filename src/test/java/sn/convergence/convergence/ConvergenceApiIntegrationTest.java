package sn.convergence.convergence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import sn.convergence.actors.Organisations;
import sn.convergence.context.ContextIndicators;
import sn.convergence.registry.Interventions;
import sn.convergence.support.PlatformTest;

/** The convergence API, exports and page on {@link ConvergenceScenario}. */
@PlatformTest
@TestPropertySource(properties = "convergence.test.dataset=convergence-scenario")
class ConvergenceApiIntegrationTest {

  static final String PARAMS =
      "level=DEPARTMENT&from=2021&to=2023&weights="
          + ConvergenceScenario.WEIGHTS
          + "&thresholdMode=ABSOLUTE&highNeed=0.5&lowCoverage=0.25&minComponents=3";

  @Autowired MockMvc mvc;
  @Autowired Organisations organisations;
  @Autowired Interventions interventions;
  @Autowired ContextIndicators context;

  @BeforeEach
  void seed() {
    ConvergenceScenario.seed(organisations, interventions, context);
  }

  @Test
  void returnsClassesScoresWithPartsAndZones() throws Exception {
    mvc.perform(get("/api/v1/convergence?" + PARAMS))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.level").value("DEPARTMENT"))
        .andExpect(jsonPath("$.period").value("2021-2023"))
        .andExpect(jsonPath("$.fingerprint").isString())
        .andExpect(jsonPath("$.units.length()").value(46))
        .andExpect(unit("SN0902", "unitClass.code").value("CONVERGENCE"))
        .andExpect(unit("SN0902", "unitClass.labelFr").value("Zone de convergence"))
        .andExpect(unit("SN0902", "unitClass.labelEn").value("Convergence zone"))
        .andExpect(unit("SN0902", "need.value").value(1.0))
        .andExpect(unit("SN0902", "need.parts.length()").value(2))
        .andExpect(unit("SN0902", "coverage.components.length()").value(4))
        .andExpect(unit("SN0902", "complementarity.present").value(3))
        .andExpect(unit("SN0902", "gap.formula").value("need x (1 - coverage)"))
        .andExpect(unit("SN1002", "duplication.count").value(1))
        .andExpect(unit("SN1002", "duplication.items[0].organisations.length()").value(2))
        .andExpect(unit("SN0101", "status").value("INSUFFICIENT_DATA"))
        .andExpect(unit("SN0101", "missing[0].kind").value("NEED_INDICATOR"))
        .andExpect(jsonPath("$.zones[0].unitClass.code").value("GAP"))
        .andExpect(jsonPath("$.zones[0].units[1].name").value("Goudiry"))
        .andExpect(jsonPath("$.zones[1].activities[0].labelFr").isString())
        .andExpect(jsonPath("$.zones[1].activities[0].labelEn").isString())
        .andExpect(jsonPath("$.inputs.coarserRows").value(1));
  }

  @Test
  void omitsScoresOfUnitsWithMissingData() throws Exception {
    String json =
        mvc.perform(get("/api/v1/convergence?" + PARAMS))
            .andReturn()
            .getResponse()
            .getContentAsString();
    List<Object> dakarClass = JsonPath.read(json, "$.units[?(@.pcode=='SN0101')].unitClass");
    assertThat(dakarClass).isEmpty();
  }

  @Test
  void rejectsInvalidParametersFieldByField() throws Exception {
    mvc.perform(get("/api/v1/convergence?weights=UNKNOWN:1&level=COMMUNE&highNeed=2"))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(
            jsonPath(
                "$.errors[*].field",
                org.hamcrest.Matchers.hasItems("weights", "level", "highNeed")));
  }

  @Test
  void neutralisesFormulasInTheCsvExport() throws Exception {
    String csv =
        mvc.perform(get("/api/v1/convergence/export.csv?" + PARAMS))
            .andExpect(status().isOk())
            .andExpect(content().contentTypeCompatibleWith("text/csv"))
            .andReturn()
            .getResponse()
            .getContentAsString();
    List<CSVRecord> rows =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(new java.io.StringReader(csv))
            .getRecords();
    CSVRecord dagana =
        rows.stream().filter(r -> r.get("pcode").equals("SN1001")).findFirst().orElseThrow();
    assertThat(dagana.get("interventions"))
        .isEqualTo("'" + ConvergenceScenario.FORMULA_CODE + "; CS-PNBSF");
    assertThat(dagana.get("class_code")).isEqualTo("LOW_PRIORITY");
    CSVRecord matam =
        rows.stream().filter(r -> r.get("pcode").equals("SN0902")).findFirst().orElseThrow();
    assertThat(matam.get("class_fr")).isEqualTo("Zone de convergence");
    assertThat(matam.get("need")).isEqualTo("1.000000");
    assertThat(rows).hasSize(46);
    assertThat(rows).allSatisfy(r -> assertThat(r.get("name")).doesNotStartWith("="));
  }

  @Test
  void exportsPointsAtCentroidsWithClasses() throws Exception {
    mvc.perform(get("/api/v1/convergence/export.geojson?" + PARAMS + "&lang=en"))
        .andExpect(status().isOk())
        .andExpect(content().contentTypeCompatibleWith("application/geo+json"))
        .andExpect(jsonPath("$.type").value("FeatureCollection"))
        .andExpect(jsonPath("$.features.length()").value(46))
        .andExpect(feature("SN0902", "geometry.type").value("Point"))
        .andExpect(feature("SN0902", "properties.classCode").value("CONVERGENCE"))
        .andExpect(feature("SN0902", "properties.classLabel").value("Convergence zone"))
        .andExpect(feature("SN0902", "properties.zone").value("CONVERGENCE-SN0902"));
  }

  @Test
  void sensitivityIsReproducibleForOneSeed() throws Exception {
    String first = sensitivity();
    assertThat(sensitivity()).isEqualTo(first);
    List<Double> kept = JsonPath.read(first, "$.units[*].keptShare");
    assertThat(kept).hasSize(6).allSatisfy(k -> assertThat(k).isBetween(0.0, 1.0));
    assertThat((Integer) JsonPath.read(first, "$.draws")).isEqualTo(50);
  }

  @Test
  void comparesTheWorkingGroupsWeightSets() throws Exception {
    String body =
        """
        {"from":2021,"to":2023,"thresholdMode":"ABSOLUTE","highNeed":0.5,"lowCoverage":0.25,
         "sets":[{"name":"Groupe 1","weights":"POVERTY_RATE:1"},
                 {"name":"Groupe 2","weights":"CH_PHASE:1"},
                 {"name":"Groupe 3","weights":"POVERTY_RATE:0.6,CH_PHASE:0.4"}]}
        """;
    mvc.perform(json(post("/api/v1/convergence/compare"), body).with(user("v").roles("VIEWER")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.setNames.length()").value(3))
        .andExpect(jsonPath("$.pairs.length()").value(3))
        .andExpect(jsonPath("$.units[?(@.pcode=='SN0902')].classes[2]").value("CONVERGENCE"));
    mvc.perform(
            json(
                    post("/api/v1/convergence/compare"),
                    "{\"sets\":[{\"name\":\"A\",\"weights\":\"POVERTY_RATE:1\"}]}")
                .with(user("v").roles("VIEWER")))
        .andExpect(status().isBadRequest());
  }

  @Test
  void refusesToSaveForAnonymousUsersAndViewers() throws Exception {
    String body = "{\"name\":\"Atelier\",\"from\":2021,\"to\":2023}";
    mvc.perform(json(post("/api/v1/convergence/analyses"), body))
        .andExpect(status().isUnauthorized());
    mvc.perform(json(post("/api/v1/convergence/analyses"), body).with(user("v").roles("VIEWER")))
        .andExpect(status().isForbidden());
    mvc.perform(json(post("/api/v1/convergence/analyses"), body).with(user("p").roles("PARTNER")))
        .andExpect(status().isForbidden());
  }

  @Test
  @WithMockUser(username = "coordinator", roles = "COORDINATOR")
  void reopensASavedAnalysisAndTellsWhenInputsChanged() throws Exception {
    String body =
        "{\"name\":\"Atelier 2025\",\"from\":2025,\"to\":2025,\"weights\":\""
            + ConvergenceScenario.WEIGHTS
            + "\"}";
    String saved =
        mvc.perform(json(post("/api/v1/convergence/analyses"), body))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.createdBy").value("coordinator"))
            .andReturn()
            .getResponse()
            .getContentAsString();
    int id = JsonPath.read(saved, "$.id");
    String fingerprint = JsonPath.read(saved, "$.fingerprint");
    mvc.perform(get("/api/v1/convergence/analyses/" + id))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.name").value("Atelier 2025"))
        .andExpect(jsonPath("$.fingerprint").value(fingerprint))
        .andExpect(jsonPath("$.sameInputs").value(true))
        .andExpect(jsonPath("$.result.period").value("2025"))
        .andExpect(jsonPath("$.result.units.length()").value(46));

    ConvergenceScenario.asAdmin(
        () ->
            interventions.addCoverage(
                interventions.findByCode(ConvergenceScenario.MARKER).orElseThrow().id(),
                List.of(ConvergenceScenario.row("SN0902", "2025", 4000, "HOUSEHOLDS"))));

    mvc.perform(get("/api/v1/convergence/analyses/" + id))
        .andExpect(jsonPath("$.fingerprint").value(fingerprint))
        .andExpect(jsonPath("$.sameInputs").value(false))
        .andExpect(jsonPath("$.currentFingerprint").value(org.hamcrest.Matchers.not(fingerprint)));
  }

  @Test
  void answersNotFoundForAnUnknownAnalysis() throws Exception {
    mvc.perform(get("/api/v1/convergence/analyses/999999")).andExpect(status().isNotFound());
  }

  @Test
  void rendersThePageInFrenchAndEnglishWithoutInlineScripts() throws Exception {
    String french =
        mvc.perform(get("/convergence?" + PARAMS))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(french)
        .contains("Zone de convergence", "Kanel – Goudiry", "convergence-map", "<details")
        .contains("Réponse aux chocs adossée aux bourses et au RNU")
        .contains("/api/v1/convergence/export.csv?level=DEPARTMENT")
        .doesNotContain("<script>", " style=\"", "onclick");
    String english =
        mvc.perform(get("/convergence?" + PARAMS + "&lang=en"))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(english)
        .contains("Convergence zone", "Shock response piggybacking on grants and the registry")
        .doesNotContain("Zone de convergence");
  }

  @Test
  void showsFieldErrorsOnThePageAndFallsBackToTheDefaults() throws Exception {
    String page =
        mvc.perform(get("/convergence?highNeed=7"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page).contains("Seuil de besoin élevé : entre 0 et 1.");
  }

  private String sensitivity() throws Exception {
    return mvc.perform(get("/api/v1/convergence/sensitivity?" + PARAMS + "&draws=50&seed=7"))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  private static org.springframework.test.web.servlet.result.JsonPathResultMatchers unit(
      String pcode, String path) {
    return jsonPath("$.units[?(@.pcode=='" + pcode + "')]." + path);
  }

  private static org.springframework.test.web.servlet.result.JsonPathResultMatchers feature(
      String pcode, String path) {
    return jsonPath("$.features[?(@.properties.pcode=='" + pcode + "')]." + path);
  }

  private static MockHttpServletRequestBuilder json(
      MockHttpServletRequestBuilder request, String body) {
    return request.with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body);
  }
}
