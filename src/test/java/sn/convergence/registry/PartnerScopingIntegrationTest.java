package sn.convergence.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static sn.convergence.registry.ReviewWorkflowIntegrationTest.as;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import sn.convergence.actors.OrganisationId;
import sn.convergence.actors.Organisations;
import sn.convergence.support.PlatformTest;
import sn.convergence.system.Role;
import sn.convergence.system.UserAccounts;
import sn.convergence.system.audit.AuditAction;
import sn.convergence.system.audit.AuditEvent;
import sn.convergence.system.audit.AuditQuery;
import sn.convergence.system.audit.AuditTrail;

/**
 * A partner's requests are judged in the use cases, not by hidden buttons: a body that moves an
 * intervention to another organisation, names another record's id or sets the review status is
 * refused, nothing changes and the attempt is in the audit trail; locked years keep their coverage
 * rows out of partners' reach.
 */
@PlatformTest
class PartnerScopingIntegrationTest {

  static final String PARTNER = "ps-partner";
  static final String COORDINATOR = "ps-coordinator";

  @Autowired MockMvc mvc;
  @Autowired Interventions interventions;
  @Autowired InterventionReviews reviews;
  @Autowired Organisations organisations;
  @Autowired UserAccounts accounts;
  @Autowired ReportingYears years;
  @Autowired AuditTrail audit;

  ReviewFixture fixture;
  OrganisationId own;
  OrganisationId other;

  @BeforeEach
  void people() {
    fixture = new ReviewFixture(organisations, interventions, accounts, reviews);
    own = fixture.organisation("PS-OWN");
    other = fixture.organisation("PS-OTHER");
    fixture.account(PARTNER, Role.PARTNER, own);
    fixture.account(COORDINATOR, Role.COORDINATOR, null);
  }

  @Test
  void movingAnInterventionToAnotherOrganisationIsRefusedAndAudited() throws Exception {
    Intervention mine = create(PARTNER, Role.PARTNER, own, "SN0101@2021");

    asPartner(put("/api/v1/interventions/" + mine.id()), body(mine.code(), other, "2021"))
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.code").value("not_participating"));

    assertUnchanged(mine);
    assertThat(denials(mine))
        .anySatisfy(e -> assertThat(e.detail()).startsWith("not_participating"));
  }

  @Test
  void creatingForAnotherOrganisationIsRefusedAndNothingIsStored() throws Exception {
    String code = ReviewFixture.nextCode("PS");

    asPartner(post("/api/v1/interventions"), body(code, other, "2021"))
        .andExpect(status().isForbidden());

    assertThat(
            ReviewFixture.as(COORDINATOR, Role.COORDINATOR, () -> interventions.findByCode(code)))
        .isEmpty();
    assertThat(audit.find(new AuditQuery("intervention", null, PARTNER, null, null), 100))
        .anySatisfy(e -> assertThat(e.action()).isEqualTo(AuditAction.ACCESS_DENIED));
  }

  @Test
  void editingAnotherOrganisationsInterventionIsRefused() throws Exception {
    Intervention theirs = create(COORDINATOR, Role.COORDINATOR, other, "SN0101@2021");

    asPartner(put("/api/v1/interventions/" + theirs.id()), body(theirs.code(), other, "2021"))
        .andExpect(status().isForbidden());
    mvc.perform(delete("/api/v1/interventions/" + theirs.id()).with(as(PARTNER, Role.PARTNER)))
        .andExpect(status().isForbidden());
    mvc.perform(
            post("/api/v1/interventions/" + theirs.id() + "/submit")
                .with(as(PARTNER, Role.PARTNER)))
        .andExpect(status().isForbidden());

    assertUnchanged(theirs);
    assertThat(denials(theirs)).hasSize(3);
  }

  @Test
  void anotherRecordsIdInTheBodyIsRefusedAndNeitherRecordChanges() throws Exception {
    Intervention mine = create(PARTNER, Role.PARTNER, own, "SN0101@2021");
    Intervention theirs = create(COORDINATOR, Role.COORDINATOR, other, "SN0101@2021");
    String body =
        body(mine.code(), own, "2021")
            .replaceFirst("\\{", "{\"id\": " + theirs.id() + ", ")
            .replace("Scoped", "Hijacked");

    asPartner(put("/api/v1/interventions/" + mine.id()), body)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[*].field", hasItem("id")));

    assertUnchanged(mine);
    assertUnchanged(theirs);
    assertThat(denials(mine)).anySatisfy(e -> assertThat(e.detail()).contains("id"));
  }

  @Test
  void aReviewStatusInTheBodyIsRefusedAndTheDraftStaysADraft() throws Exception {
    Intervention mine = create(PARTNER, Role.PARTNER, own, "SN0101@2021");
    String body =
        body(mine.code(), own, "2021").replaceFirst("\\{", "{\"reviewStatus\": \"VALIDATED\", ");

    asPartner(put("/api/v1/interventions/" + mine.id()), body)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("reviewStatus"));
    asPartner(
            post("/api/v1/interventions"), body.replace(mine.code(), ReviewFixture.nextCode("PS")))
        .andExpect(status().isBadRequest());

    assertUnchanged(mine);
    assertThat(current(mine).review().status()).isEqualTo(ReviewStatus.DRAFT);
    assertThat(denials(mine)).anySatisfy(e -> assertThat(e.detail()).contains("reviewStatus"));
  }

  @Test
  void anInvalidBodyFromAPartnerChangesNothing() throws Exception {
    Intervention mine = create(PARTNER, Role.PARTNER, own, "SN0101@2021");

    asPartner(
            put("/api/v1/interventions/" + mine.id()),
            body(mine.code(), own, "2021").replace("\"Scoped\"", "\"\""))
        .andExpect(status().isBadRequest());

    assertUnchanged(mine);
  }

  @Test
  void aLockedYearsRowsNeedACoordinator() throws Exception {
    ReviewFixture.as(COORDINATOR, Role.COORDINATOR, () -> years.lock(1998));
    try {
      asPartner(post("/api/v1/interventions"), body(ReviewFixture.nextCode("PS"), own, "1998"))
          .andExpect(status().isForbidden())
          .andExpect(jsonPath("$.code").value("year_locked"))
          .andExpect(jsonPath("$.detail", containsString("1998")));
      asPartner(post("/api/v1/interventions"), body(ReviewFixture.nextCode("PS"), own, "1999"))
          .andExpect(status().isCreated());

      Intervention locked = create(COORDINATOR, Role.COORDINATOR, own, "SN0101@1998");
      asPartner(
              put("/api/v1/interventions/" + locked.id()),
              body(locked.code(), own, "1998").replace("Scoped", "Renamed"))
          .andExpect(status().isOk())
          .andExpect(jsonPath("$.title").value("Renamed"));
      asPartner(
              put("/api/v1/interventions/" + locked.id()),
              body(locked.code(), own, "1998").replace("\"planned\": 100", "\"planned\": 999"))
          .andExpect(status().isForbidden());
      mvc.perform(delete("/api/v1/interventions/" + locked.id()).with(as(PARTNER, Role.PARTNER)))
          .andExpect(status().isForbidden());
      mvc.perform(
              put("/api/v1/interventions/" + locked.id())
                  .with(as(COORDINATOR, Role.COORDINATOR))
                  .contentType(MediaType.APPLICATION_JSON)
                  .content(
                      body(locked.code(), own, "1998")
                          .replace("\"planned\": 100", "\"planned\": 999")))
          .andExpect(status().isOk());
      assertThat(current(locked).coverage().get(0).planned()).isEqualTo(999L);
    } finally {
      ReviewFixture.as(
          COORDINATOR,
          Role.COORDINATOR,
          () -> {
            years.unlock(1998);
            return null;
          });
    }
  }

  private Intervention create(String user, Role role, OrganisationId organisation, String... rows) {
    return fixture.create(
        user, role, ReviewFixture.draft(ReviewFixture.nextCode("PS"), List.of(organisation), rows));
  }

  private Intervention current(Intervention intervention) {
    return ReviewFixture.as(
        COORDINATOR, Role.COORDINATOR, () -> interventions.find(intervention.id()).orElseThrow());
  }

  /** Same fields, participants, coverage, version and review state as when it was read. */
  private void assertUnchanged(Intervention before) {
    assertThat(current(before)).isEqualTo(before);
  }

  private List<AuditEvent> denials(Intervention intervention) {
    return audit
        .find(
            new AuditQuery("intervention", intervention.id().toString(), PARTNER, null, null), 100)
        .stream()
        .filter(e -> e.action() == AuditAction.ACCESS_DENIED)
        .toList();
  }

  private ResultActions asPartner(MockHttpServletRequestBuilder request, String body)
      throws Exception {
    return mvc.perform(
        request
            .with(as(PARTNER, Role.PARTNER))
            .contentType(MediaType.APPLICATION_JSON)
            .content(body));
  }

  private static String body(String code, OrganisationId organisation, String year) {
    return """
        {"code": "%s", "title": "Scoped", "types": ["FAMILY_GRANT"], "modality": "CASH",
         "status": "ONGOING", "source": "test",
         "participants": [{"organisationId": %d, "role": "IMPLEMENTER"}],
         "coverage": [{"pcode": "SN0101", "period": "%s", "planned": 100, "reached": 80,
                       "unit": "HOUSEHOLDS", "budgetXof": 1000000}]}
        """
        .formatted(code, organisation.value(), year);
  }
}
