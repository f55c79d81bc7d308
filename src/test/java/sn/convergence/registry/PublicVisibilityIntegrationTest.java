package sn.convergence.registry;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import sn.convergence.actors.OrganisationId;
import sn.convergence.actors.Organisations;
import sn.convergence.support.PlatformTest;
import sn.convergence.system.Role;
import sn.convergence.system.UserAccounts;

/** Anonymous visitors read validated interventions only; signed-in users read drafts too. */
@PlatformTest
class PublicVisibilityIntegrationTest {

  static final String PARTNER = "vis-partner";
  static final String VIEWER = "vis-viewer";

  @Autowired MockMvc mvc;
  @Autowired Interventions interventions;
  @Autowired Organisations organisations;
  @Autowired UserAccounts accounts;
  @Autowired InterventionReviews reviews;

  Intervention draft;
  Intervention validated;

  @BeforeEach
  void records() {
    ReviewFixture fixture = new ReviewFixture(organisations, interventions, accounts, reviews);
    OrganisationId own = fixture.organisation("VIS-OWN");
    fixture.account(PARTNER, Role.PARTNER, own);
    fixture.account(VIEWER, Role.VIEWER, null);
    draft =
        ReviewFixture.as(
            PARTNER,
            Role.PARTNER,
            () ->
                interventions.create(
                    ReviewFixture.draft(
                        ReviewFixture.nextCode("VISDRAFT"), List.of(own), "SN0701@2021")));
    validated =
        ReviewFixture.as(
            "vis-coordinator",
            Role.COORDINATOR,
            () ->
                interventions.create(
                    ReviewFixture.draft(
                        ReviewFixture.nextCode("VISOK"), List.of(own), "SN0701@2021")));
  }

  @Test
  void anonymousListsShowValidatedInterventionsOnly() throws Exception {
    mvc.perform(get("/api/v1/interventions").param("size", "500"))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString(validated.code())))
        .andExpect(content().string(Matchers.not(Matchers.containsString(draft.code()))));
    mvc.perform(get("/interventions").param("q", "VIS"))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString(validated.code())))
        .andExpect(content().string(Matchers.not(Matchers.containsString(draft.code()))));
  }

  @Test
  void anonymousVisitorsCannotOpenADraft() throws Exception {
    mvc.perform(get("/api/v1/interventions/" + draft.id().value()))
        .andExpect(status().isNotFound());
    mvc.perform(get("/interventions/" + draft.id().value())).andExpect(status().isNotFound());
    mvc.perform(get("/api/v1/interventions/" + validated.id().value())).andExpect(status().isOk());
  }

  @Test
  void signedInReadersSeeDrafts() throws Exception {
    mvc.perform(
            get("/api/v1/interventions/" + draft.id().value())
                .with(httpBasic(VIEWER, ReviewFixture.PASSWORD)))
        .andExpect(status().isOk());
    mvc.perform(
            get("/api/v1/interventions")
                .param("size", "500")
                .with(httpBasic(PARTNER, ReviewFixture.PASSWORD)))
        .andExpect(content().string(Matchers.containsString(draft.code())));
  }
}
