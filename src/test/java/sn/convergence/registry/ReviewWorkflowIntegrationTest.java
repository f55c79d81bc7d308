package sn.convergence.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import sn.convergence.actors.OrganisationId;
import sn.convergence.actors.Organisations;
import sn.convergence.support.PlatformTest;
import sn.convergence.system.Role;
import sn.convergence.system.UserAccounts;
import sn.convergence.system.audit.AuditAction;
import sn.convergence.system.audit.AuditEvent;
import sn.convergence.system.audit.AuditQuery;
import sn.convergence.system.audit.AuditTrail;

@PlatformTest
class ReviewWorkflowIntegrationTest {

  static final String COORDINATOR = "wf-coordinator";
  static final String PARTNER = "wf-partner";
  static final String VIEWER = "wf-viewer";

  @Autowired MockMvc mvc;
  @Autowired Interventions interventions;
  @Autowired Organisations organisations;
  @Autowired UserAccounts accounts;
  @Autowired InterventionReviews reviews;
  @Autowired AuditTrail audit;

  ReviewFixture fixture;
  OrganisationId own;

  @BeforeEach
  void people() {
    fixture = new ReviewFixture(organisations, interventions, accounts, reviews);
    own = fixture.organisation("WF-OWN");
    fixture.account(COORDINATOR, Role.COORDINATOR, null);
    fixture.account(PARTNER, Role.PARTNER, own);
    fixture.account(VIEWER, Role.VIEWER, null);
  }

  @Test
  void aCoordinatorsCreationIsValidatedAndAPartnersIsADraft() {
    Intervention byCoordinator = createAs(COORDINATOR, Role.COORDINATOR, "SN0101@2021");
    Intervention byPartner = createAs(PARTNER, Role.PARTNER, "SN0101@2021");

    assertThat(byCoordinator.review().status()).isEqualTo(ReviewStatus.VALIDATED);
    assertThat(byCoordinator.review().validatedBy()).isEqualTo(COORDINATOR);
    assertThat(byPartner.review().status()).isEqualTo(ReviewStatus.DRAFT);
    assertThat(byPartner.review().validatedAt()).isNull();
  }

  @Test
  void anImportArrivesSubmitted() {
    Intervention imported =
        ReviewFixture.as(
            PARTNER,
            Role.PARTNER,
            () -> interventions.createSubmitted(draft(List.of(own), "SN0101@2021")));
    assertThat(imported.review().status()).isEqualTo(ReviewStatus.SUBMITTED);
    assertThat(imported.review().submittedBy()).isEqualTo(PARTNER);
  }

  @Test
  void aPartnerSubmitsACoordinatorValidatesAndEachStepIsAuditedWithBeforeAndAfter()
      throws Exception {
    Intervention draft = createAs(PARTNER, Role.PARTNER, "SN0101@2021");

    step(draft, "submit", as(PARTNER, Role.PARTNER))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.reviewStatus").value("SUBMITTED"))
        .andExpect(jsonPath("$.submittedBy").value(PARTNER));
    step(draft, "validate", as(COORDINATOR, Role.COORDINATOR))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.reviewStatus").value("VALIDATED"))
        .andExpect(jsonPath("$.validatedBy").value(COORDINATOR));

    List<AuditEvent> changes = events(draft, AuditAction.STATUS_CHANGE);
    assertThat(changes).hasSize(2);
    AuditEvent validation = changes.get(0);
    assertThat(validation.username()).isEqualTo(COORDINATOR);
    assertThat(validation.before()).contains("\"status\":\"SUBMITTED\"");
    assertThat(validation.after()).contains("\"status\":\"VALIDATED\"");
    assertThat(changes.get(1).before()).contains("\"status\":\"DRAFT\"");
  }

  @Test
  void aReturnNeedsACommentWhichThePartnerThenSees() throws Exception {
    Intervention draft = createAs(PARTNER, Role.PARTNER, "SN0101@2021");
    step(draft, "submit", as(PARTNER, Role.PARTNER)).andExpect(status().isOk());

    mvc.perform(
            post("/api/v1/interventions/" + draft.id() + "/return")
                .with(as(COORDINATOR, Role.COORDINATOR))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"comment\": \"  \"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("comment"));
    mvc.perform(
            post("/api/v1/interventions/" + draft.id() + "/return")
                .with(as(COORDINATOR, Role.COORDINATOR))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"comment\": \"Les chiffres de 2021 manquent de source\"}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.reviewStatus").value("RETURNED"));

    mvc.perform(get("/api/v1/interventions/" + draft.id()).with(as(PARTNER, Role.PARTNER)))
        .andExpect(jsonPath("$.reviewComment").value("Les chiffres de 2021 manquent de source"));
    String page =
        mvc.perform(get("/interventions/" + draft.id()).with(as(PARTNER, Role.PARTNER)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page)
        .contains(
            "Les chiffres de 2021 manquent de source", "/interventions/" + draft.id() + "/submit");
    step(draft, "submit", as(PARTNER, Role.PARTNER))
        .andExpect(jsonPath("$.reviewStatus").value("SUBMITTED"));
  }

  @Test
  void aPartnersEditOfAValidatedInterventionPutsItBackToDraft() {
    Intervention validated = createAs(COORDINATOR, Role.COORDINATOR, "SN0101@2021");
    InterventionDraft changed = ReviewFixture.draft(validated.code(), List.of(own), "SN0102@2021");

    Intervention edited =
        ReviewFixture.as(
            PARTNER, Role.PARTNER, () -> interventions.update(validated.id(), changed));

    assertThat(edited.review().status()).isEqualTo(ReviewStatus.DRAFT);
    Intervention reedited =
        ReviewFixture.as(
            COORDINATOR, Role.COORDINATOR, () -> interventions.update(validated.id(), changed));
    assertThat(reedited.review().status()).isEqualTo(ReviewStatus.DRAFT);
  }

  @Test
  void aPartnerCannotValidateAndTheAttemptIsAudited() throws Exception {
    Intervention draft = createAs(PARTNER, Role.PARTNER, "SN0101@2021");
    step(draft, "submit", as(PARTNER, Role.PARTNER)).andExpect(status().isOk());

    step(draft, "validate", as(PARTNER, Role.PARTNER))
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.code").value("coordinators_only"));

    assertThat(interventions.find(draft.id()).orElseThrow().review().status())
        .isEqualTo(ReviewStatus.SUBMITTED);
    assertThat(events(draft, AuditAction.ACCESS_DENIED))
        .singleElement()
        .satisfies(e -> assertThat(e.username()).isEqualTo(PARTNER));
  }

  @Test
  void validatingADraftThatWasNotSubmittedIsAConflict() throws Exception {
    Intervention draft = createAs(PARTNER, Role.PARTNER, "SN0101@2021");
    step(draft, "validate", as(COORDINATOR, Role.COORDINATOR)).andExpect(status().isConflict());
  }

  @Test
  void anonymousPresenceCountsOnlyValidatedInterventions() throws Exception {
    OrganisationId presenceOrg = fixture.organisation("WF-PRES");
    fixture.account("wf-pres-partner", Role.PARTNER, presenceOrg);
    Intervention validated =
        fixture.create(COORDINATOR, Role.COORDINATOR, draft(List.of(presenceOrg), "SN0101@2004"));
    Intervention draft =
        fixture.create("wf-pres-partner", Role.PARTNER, draft(List.of(presenceOrg), "SN0101@2004"));

    presence(null)
        .andExpect(jsonPath("$.totals.interventions", hasItem(validated.code())))
        .andExpect(jsonPath("$.totals.interventions", not(hasItem(draft.code()))))
        .andExpect(jsonPath("$.totals.rows").value(1));
    presence(as(VIEWER, Role.VIEWER)).andExpect(jsonPath("$.totals.rows").value(1));
    presence(as("wf-pres-partner", Role.PARTNER)).andExpect(jsonPath("$.totals.rows").value(1));
    presence(as(COORDINATOR, Role.COORDINATOR))
        .andExpect(jsonPath("$.totals.interventions", hasItem(draft.code())))
        .andExpect(jsonPath("$.totals.rows").value(2));

    mvc.perform(get("/api/v1/presence/SN0101").param("year", "2004"))
        .andExpect(jsonPath("$.interventions[*].code", hasItem(validated.code())))
        .andExpect(jsonPath("$.interventions[*].code", not(hasItem(draft.code()))));
    String fiche =
        mvc.perform(get("/units/SN0101").param("year", "2004"))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(fiche).contains(validated.code()).doesNotContain(draft.code());
  }

  private org.springframework.test.web.servlet.ResultActions presence(RequestPostProcessor who)
      throws Exception {
    var request =
        get("/api/v1/presence")
            .param("level", "DEPARTMENT")
            .param("year", "2004")
            .param("organisation", "WF-PRES")
            .param("includeDrafts", "true");
    return mvc.perform(who == null ? request : request.with(who)).andExpect(status().isOk());
  }

  private Intervention createAs(String username, Role role, String... rows) {
    return fixture.create(username, role, draft(List.of(own), rows));
  }

  private static InterventionDraft draft(List<OrganisationId> participants, String... rows) {
    return ReviewFixture.draft(ReviewFixture.nextCode("WF"), participants, rows);
  }

  private org.springframework.test.web.servlet.ResultActions step(
      Intervention intervention, String step, RequestPostProcessor who) throws Exception {
    return mvc.perform(post("/api/v1/interventions/" + intervention.id() + "/" + step).with(who));
  }

  private List<AuditEvent> events(Intervention intervention, AuditAction action) {
    return audit
        .find(new AuditQuery("intervention", intervention.id().toString(), null, null, null), 100)
        .stream()
        .filter(e -> e.action() == action)
        .toList();
  }

  /** A logged-in browser session: the user and a CSRF token. */
  static RequestPostProcessor as(String username, Role role) {
    RequestPostProcessor login = user(username).roles(role.name());
    return request -> csrf().postProcessRequest(login.postProcessRequest(request));
  }
}
