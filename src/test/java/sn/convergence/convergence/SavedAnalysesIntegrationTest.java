package sn.convergence.convergence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import sn.convergence.actors.Organisations;
import sn.convergence.context.ContextIndicators;
import sn.convergence.registry.Interventions;
import sn.convergence.support.PlatformTest;
import sn.convergence.system.audit.AuditAction;
import sn.convergence.system.audit.AuditEvent;
import sn.convergence.system.audit.AuditQuery;
import sn.convergence.system.audit.AuditTrail;

/** Saved analyses: their list (API and page), reopening one on the page, and their audit. */
@PlatformTest
@TestPropertySource(properties = "convergence.test.dataset=convergence-scenario")
class SavedAnalysesIntegrationTest {

  static final String SCENARIO =
      "\"from\":2021,\"to\":2023,\"weights\":\""
          + ConvergenceScenario.WEIGHTS
          + "\",\"thresholdMode\":\"ABSOLUTE\",\"highNeed\":0.5,\"lowCoverage\":0.25";

  @Autowired MockMvc mvc;
  @Autowired Organisations organisations;
  @Autowired Interventions interventions;
  @Autowired ContextIndicators context;
  @Autowired AuditTrail audit;

  @BeforeEach
  void seed() {
    ConvergenceScenario.seed(organisations, interventions, context);
  }

  @Test
  void listsSavedAnalysesNewestFirstForAnyoneWithTheirParameters() throws Exception {
    int older = save("Groupe 1 – liste", SCENARIO);
    int newer = save("Groupe 2 – liste", SCENARIO.replace("0.25", "0.3"));

    mvc.perform(get("/api/v1/convergence/analyses").param("size", "2"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.items.length()").value(2))
        .andExpect(jsonPath("$.items[0].id").value(newer))
        .andExpect(jsonPath("$.items[1].id").value(older))
        .andExpect(jsonPath("$.items[0].name").value("Groupe 2 – liste"))
        .andExpect(jsonPath("$.items[0].createdBy").value("coordinator"))
        .andExpect(jsonPath("$.items[0].level").value("DEPARTMENT"))
        .andExpect(jsonPath("$.items[0].weights").value(ConvergenceScenario.WEIGHTS))
        .andExpect(jsonPath("$.items[0].lowCoverage").value(0.3))
        .andExpect(jsonPath("$.items[0].sameInputs").value(true))
        .andExpect(jsonPath("$.total").value(org.hamcrest.Matchers.greaterThanOrEqualTo(2)));
  }

  @Test
  void showsTheListOnAPublicPageWithNamesEscaped() throws Exception {
    int id = save("<script>alert('x')</script> & Atelier", SCENARIO);

    String page = page("/convergence/analyses");

    assertThat(row(page, id))
        .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; Atelier")
        .contains("coordinator", "Département", "2021-2023", "Valeurs absolues")
        .contains("Données inchangées")
        .contains("/api/v1/convergence/analyses/" + id);
    assertThat(page).doesNotContain("<script>alert").doesNotContain(" style=\"");
    assertThat(page("/convergence/analyses?lang=en")).contains("Saved analyses", "Data unchanged");
    assertThat(page("/convergence")).contains("href=\"/convergence/analyses\"");
  }

  @Test
  void reopensAnAnalysisOnTheConvergencePageWithTheSameResult() throws Exception {
    int id = save("Atelier de Matam", SCENARIO);

    String convergence = page(reopenLink(page("/convergence/analyses"), id));

    assertThat(convergence)
        .contains("id=\"reopened\"", "Atelier de Matam", "coordinator")
        .contains("Les données n&#39;ont pas changé depuis")
        .contains("Zone de convergence");
  }

  @Test
  void tellsWhenTheDataChangedSinceTheAnalysisWasSaved() throws Exception {
    int id = save("Atelier 2024", "\"from\":2024,\"to\":2024");
    ConvergenceScenario.asAdmin(
        () ->
            interventions.addCoverage(
                interventions.findByCode(ConvergenceScenario.MARKER).orElseThrow().id(),
                List.of(ConvergenceScenario.row("SN0901", "2024", 500, "HOUSEHOLDS"))));

    String list = page("/convergence/analyses");

    assertThat(row(list, id)).contains("Données modifiées depuis");
    assertThat(page(reopenLink(list, id)))
        .contains("Les données ont changé depuis l&#39;enregistrement")
        .contains("href=\"/api/v1/convergence/analyses/" + id + "\"");
  }

  @Test
  void recordsASavedAnalysisInTheAuditTrail() throws Exception {
    int id = save("Atelier audité", SCENARIO);

    List<AuditEvent> events =
        audit.find(new AuditQuery(SavedAnalyses.ENTITY, String.valueOf(id), null, null, null), 10);

    assertThat(events)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.action()).isEqualTo(AuditAction.CREATE);
              assertThat(e.username()).isEqualTo("coordinator");
              assertThat(e.before()).isNull();
              assertThat(e.after()).contains("Atelier audité", "POVERTY_RATE", "fingerprint");
            });
  }

  @Test
  void recordsNothingWhenTheSaveIsRefused() throws Exception {
    int before =
        audit.find(new AuditQuery(SavedAnalyses.ENTITY, null, null, null, null), 500).size();

    mvc.perform(
            post("/api/v1/convergence/analyses")
                .with(user("coordinator").roles("COORDINATOR"))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"  \"," + SCENARIO + "}"))
        .andExpect(status().isBadRequest());

    assertThat(audit.find(new AuditQuery(SavedAnalyses.ENTITY, null, null, null, null), 500))
        .hasSize(before);
  }

  @Test
  void savesTheAnalysisShownOnThePageFromItsFormForCoordinatorsOnly() throws Exception {
    String params =
        "level=DEPARTMENT&from=2021&to=2023&weights="
            + ConvergenceScenario.WEIGHTS
            + "&thresholdMode=ABSOLUTE&highNeed=0.5&lowCoverage=0.25&minComponents=3";
    assertThat(page("/convergence?" + params)).doesNotContain("id=\"save-analysis\"");
    String form =
        mvc.perform(get("/convergence?" + params).with(user("coordinator").roles("COORDINATOR")))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(form)
        .contains("id=\"save-analysis\"", "name=\"_csrf\"")
        .contains("name=\"weights\" value=\"" + ConvergenceScenario.WEIGHTS + "\"");

    mvc.perform(
            post("/convergence/analyses?" + params + "&name=Depuis la page")
                .with(user("coordinator").roles("COORDINATOR"))
                .with(csrf()))
        .andExpect(status().is3xxRedirection())
        .andExpect(
            org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl(
                "/convergence/analyses"))
        .andExpect(
            org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                .attribute("savedName", "Depuis la page"));
    mvc.perform(get("/api/v1/convergence/analyses").param("size", "1"))
        .andExpect(jsonPath("$.items[0].name").value("Depuis la page"))
        .andExpect(jsonPath("$.items[0].weights").value(ConvergenceScenario.WEIGHTS))
        .andExpect(jsonPath("$.items[0].thresholdMode").value("ABSOLUTE"))
        .andExpect(jsonPath("$.items[0].lowCoverage").value(0.25));

    mvc.perform(
            post("/convergence/analyses?" + params + "&name=Refusée")
                .with(user("viewer").roles("VIEWER"))
                .with(csrf()))
        .andExpect(status().isForbidden());
    mvc.perform(
            post("/convergence/analyses?" + params + "&name=")
                .with(user("coordinator").roles("COORDINATOR"))
                .with(csrf()))
        .andExpect(status().is3xxRedirection())
        .andExpect(
            org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                .attribute("saveProblem", "analyses.save.invalid"));
  }

  private int save(String name, String params) throws Exception {
    String body = "{\"name\":" + quoted(name) + "," + params + "}";
    String saved =
        mvc.perform(
                post("/api/v1/convergence/analyses")
                    .with(user("coordinator").roles("COORDINATOR"))
                    .with(csrf())
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(body))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    return JsonPath.read(saved, "$.id");
  }

  private String page(String url) throws Exception {
    return mvc.perform(get(url))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  /** The table row of one analysis on the list page. */
  private static String row(String page, int id) {
    Matcher row = Pattern.compile("(?s)<tr data-analysis=\"" + id + "\">.*?</tr>").matcher(page);
    assertThat(row.find()).as("a row for analysis " + id).isTrue();
    return row.group();
  }

  /** The link of the list that reopens the analysis on the convergence page. */
  private static String reopenLink(String page, int id) {
    Matcher link =
        Pattern.compile("href=\"(/convergence\\?[^\"]*analysis=" + id + ")\"")
            .matcher(row(page, id));
    assertThat(link.find()).as("a reopen link").isTrue();
    return link.group(1).replace("&amp;", "&");
  }

  private static String quoted(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
