package sn.convergence.actors;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The organisation API: CRUD, case-insensitive duplicates, validation and write permissions. Run on
 * H2 by {@link OrganisationApiIntegrationTest} and on PostgreSQL by {@link
 * OrganisationApiPostgresIntegrationTest}.
 */
abstract class OrganisationApiContract {

  @Autowired MockMvc mvc;
  @Autowired Organisations organisations;

  @Test
  void createsFindsUpdatesAndDeletesAnOrganisation() throws Exception {
    String location =
        create(
                "{\"acronym\": \"DGPSN-T\", \"name\": \"Délégation générale à la protection sociale\","
                    + " \"type\": \"GOVERNMENT\"}")
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.type").value("GOVERNMENT"))
            .andReturn()
            .getResponse()
            .getHeader("Location");
    mvc.perform(get("/api/v1/organisations").param("q", "delegation generale"))
        .andExpect(jsonPath("$.items[*].acronym", hasItem("DGPSN-T")));
    mvc.perform(get("/api/v1/organisations").param("type", "UN_AGENCY"))
        .andExpect(jsonPath("$.items[*].acronym", not(hasItem("DGPSN-T"))));
    mvc.perform(
            put(location)
                .with(user("coord").roles("COORDINATOR"))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"acronym\": \"DGPSN-T\", \"name\": \"DGPSSN\", \"type\": \"GOVERNMENT\"}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.name").value("DGPSSN"))
        .andExpect(jsonPath("$.version").value(1));
    mvc.perform(delete(location).with(user("coord").roles("COORDINATOR")).with(csrf()))
        .andExpect(status().isNoContent());
    mvc.perform(get(location)).andExpect(status().isNotFound());
  }

  @Test
  void answersDuplicateAcronymInAnotherCaseWith409() throws Exception {
    create("{\"acronym\": \"CSA-T\", \"name\": \"Commissariat\", \"type\": \"GOVERNMENT\"}")
        .andExpect(status().isCreated());
    create("{\"acronym\": \"csa-t \", \"name\": \"Other\", \"type\": \"GOVERNMENT\"}")
        .andExpect(status().isConflict());
    org.assertj.core.api.Assertions.assertThat(organisations.findByAcronym("Csa-T")).isPresent();
  }

  @Test
  void listsEveryInvalidFieldAtOnce() throws Exception {
    create("{\"acronym\": \"\", \"name\": \"\", \"type\": \"GOVERNMENT\", \"parentId\": 999999}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[*].field", hasItem("acronym")))
        .andExpect(jsonPath("$.errors[*].field", hasItem("name")))
        .andExpect(jsonPath("$.errors[*].field", hasItem("parentId")));
    create("{\"acronym\": \"X-T\", \"name\": \"X\", \"type\": \"ALIENS\"}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("type"));
  }

  @Test
  void refusesToDeleteAParentWithMembers() throws Exception {
    String parent =
        create("{\"acronym\": \"MIN-T\", \"name\": \"Ministère\", \"type\": \"GOVERNMENT\"}")
            .andReturn()
            .getResponse()
            .getHeader("Location");
    long parentId = Long.parseLong(parent.substring(parent.lastIndexOf('/') + 1));
    create(
            "{\"acronym\": \"DIR-T\", \"name\": \"Direction\", \"type\": \"GOVERNMENT\", \"parentId\": "
                + parentId
                + "}")
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.parentId").value(parentId));
    mvc.perform(delete(parent).with(user("admin").roles("ADMIN")).with(csrf()))
        .andExpect(status().isConflict());
  }

  @Test
  void requiresAnAuthenticatedWriter() throws Exception {
    mvc.perform(
            post("/api/v1/organisations")
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"acronym\": \"ANON\", \"name\": \"A\", \"type\": \"PRIVATE\"}"))
        .andExpect(status().isUnauthorized());
    mvc.perform(
            post("/api/v1/organisations")
                .with(user("viewer").roles("VIEWER"))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"acronym\": \"VIEW\", \"name\": \"A\", \"type\": \"PRIVATE\"}"))
        .andExpect(status().isForbidden());
  }

  private ResultActions create(String body) throws Exception {
    return mvc.perform(
        post("/api/v1/organisations")
            .with(user("partner").roles("PARTNER"))
            .with(csrf())
            .contentType(MediaType.APPLICATION_JSON)
            .content(body));
  }
}
