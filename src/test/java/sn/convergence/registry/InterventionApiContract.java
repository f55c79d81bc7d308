package sn.convergence.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import sn.convergence.actors.Organisation;
import sn.convergence.actors.OrganisationDraft;
import sn.convergence.actors.OrganisationType;
import sn.convergence.actors.Organisations;

/**
 * The intervention API: validation, CRUD, duplicates and write permissions. Run on H2 by {@link
 * InterventionApiIntegrationTest} and on PostgreSQL by {@link
 * InterventionApiPostgresIntegrationTest}.
 */
@WithMockUser(roles = "COORDINATOR")
abstract class InterventionApiContract {

  @Autowired MockMvc mvc;
  @Autowired Interventions interventions;
  @Autowired Organisations organisations;

  long wfp;

  @BeforeEach
  void organisation() {
    wfp =
        organisations
            .findByAcronym("WFP-T")
            .orElseGet(
                () ->
                    organisations.create(
                        OrganisationDraft.of(
                            "WFP-T", "World Food Programme (test)", OrganisationType.UN_AGENCY)))
            .id()
            .value();
  }

  @Test
  void rejectsEndBeforeStartNegativeReachedAndUnknownPcodeAtOnceAndStoresNothing()
      throws Exception {
    long before = interventions.count();
    long rowsBefore = interventions.countCoverageRows();
    String body =
        """
        {"code": "BAD-1", "title": "Invalid", "types": ["SCHOOL_CANTEEN"], "status": "ONGOING",
         "startDate": "2021-06-01", "endDate": "2020-01-01",
         "participants": [{"organisationId": %d, "role": "IMPLEMENTER"}],
         "coverage": [{"pcode": "SN0999", "period": "2021", "planned": 100, "reached": -5,
                       "unit": "PUPILS"}]}
        """
            .formatted(wfp);
    post(body)
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(
            jsonPath(
                "$.errors[*].field",
                hasItems("endDate", "coverage[0].reached", "coverage[0].pcode")));
    assertThat(interventions.count()).isEqualTo(before);
    assertThat(interventions.countCoverageRows()).isEqualTo(rowsBefore);
  }

  @Test
  void rejectsKeurMassarIn2019ButAcceptsItIn2022() throws Exception {
    post(valid("KM-2019", "SN0105", "2019"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("coverage[0].pcode"))
        .andExpect(jsonPath("$.errors[0].code").value("not_valid_in_period"));
    post(valid("KM-2022", "SN0105", "2022")).andExpect(status().isCreated());
  }

  @Test
  void createsReadsListsUpdatesAndDeletesAnIntervention() throws Exception {
    String location =
        post(valid("CRUD-1", "SN0901", "2019/2020"))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.participants[0].acronym").value("WFP-T"))
            .andExpect(jsonPath("$.coverage[0].periodStart").value("2019-10-01"))
            .andExpect(jsonPath("$.coverage[0].periodEnd").value("2020-07-31"))
            .andReturn()
            .getResponse()
            .getHeader("Location");
    mvc.perform(get(location)).andExpect(jsonPath("$.code").value("CRUD-1"));
    mvc.perform(get("/api/v1/interventions").param("pcode", "SN09").param("year", "2020"))
        .andExpect(jsonPath("$.items[*].code", hasItem("CRUD-1")));
    mvc.perform(get("/api/v1/interventions").param("family", "SCHOOL_FEEDING").param("q", "crud"))
        .andExpect(jsonPath("$.totalItems").value(1));
    mvc.perform(get("/api/v1/interventions").param("pcode", "SN09").param("year", "2018"))
        .andExpect(jsonPath("$.items[*].code", org.hamcrest.Matchers.not(hasItem("CRUD-1"))));
    mvc.perform(
            put(location)
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(valid("CRUD-1", "SN0902", "2021").replace("Canteens", "Renamed")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.title").value("Renamed"))
        .andExpect(jsonPath("$.coverage.length()").value(1))
        .andExpect(jsonPath("$.coverage[0].pcode").value("SN0902"))
        .andExpect(jsonPath("$.version").value(1));
    mvc.perform(delete(location).with(csrf())).andExpect(status().isNoContent());
    mvc.perform(get(location)).andExpect(status().isNotFound());
  }

  @Test
  void ignoresIdAndTimestampsSentInTheBody() throws Exception {
    String body =
        valid("MASS-1", "SN0101", "2021")
            .replaceFirst("\\{", "{\"id\": 987654, \"createdAt\": \"2000-01-01T00:00:00Z\",");
    String json =
        post(body).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
    assertThat(((Number) JsonPath.read(json, "$.id")).longValue()).isNotEqualTo(987654L);
    assertThat((String) JsonPath.read(json, "$.createdAt")).doesNotStartWith("2000");
  }

  @Test
  void answersDuplicateCodeWith409() throws Exception {
    post(valid("DUP-1", "SN0101", "2021")).andExpect(status().isCreated());
    post(valid("dup-1", "SN0101", "2021")).andExpect(status().isConflict());
  }

  @Test
  @WithMockUser(roles = "VIEWER")
  void refusesWritesToUsersWithoutAWriterRole() throws Exception {
    post(valid("VIEW-1", "SN0101", "2021")).andExpect(status().isForbidden());
  }

  @Test
  @org.springframework.security.test.context.support.WithAnonymousUser
  void requiresAuthenticationForWrites() throws Exception {
    post(valid("ANON-1", "SN0101", "2021")).andExpect(status().isUnauthorized());
  }

  @Test
  void refusesToDeleteAnOrganisationUsedByAnIntervention() throws Exception {
    Organisation ngo =
        organisations.create(
            OrganisationDraft.of("NGO-DEL", "Test NGO", OrganisationType.NATIONAL_NGO));
    post(valid("DEL-ORG", "SN0101", "2021")
            .replace("\"organisationId\": " + wfp, "\"organisationId\": " + ngo.id()))
        .andExpect(status().isCreated());
    mvc.perform(delete("/api/v1/organisations/" + ngo.id()).with(csrf()))
        .andExpect(status().isConflict());
  }

  private ResultActions post(String body) throws Exception {
    return mvc.perform(
        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                "/api/v1/interventions")
            .with(csrf())
            .contentType(MediaType.APPLICATION_JSON)
            .content(body));
  }

  private String valid(String code, String pcode, String period) {
    return """
        {"code": "%s", "title": "Canteens", "types": ["SCHOOL_CANTEEN", "LOCAL_PURCHASE"],
         "modality": "in_kind", "status": "ONGOING", "targetGroups": ["PUPILS"],
         "startDate": "2019-10-01", "endDate": "2023-07-31",
         "participants": [{"organisationId": %d, "role": "IMPLEMENTER"}],
         "coverage": [{"pcode": "%s", "period": "%s", "planned": 1000, "reached": 900,
                       "unit": "PUPILS", "budgetXof": 25000000}]}
        """
        .formatted(code, wfp, pcode, period);
  }
}
