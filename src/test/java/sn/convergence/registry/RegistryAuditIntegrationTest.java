package sn.convergence.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static sn.convergence.registry.ReviewWorkflowIntegrationTest.as;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
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
 * Every change to the registry and to organisations is in the audit trail, by whom, with the record
 * before (except for a creation) and after (except for a deletion), and the history page shows it.
 */
@PlatformTest
class RegistryAuditIntegrationTest {

  static final String COORDINATOR = "au-coordinator";
  static final String PARTNER = "au-partner";

  @Autowired MockMvc mvc;
  @Autowired Interventions interventions;
  @Autowired InterventionReviews reviews;
  @Autowired Organisations organisations;
  @Autowired UserAccounts accounts;
  @Autowired AuditTrail audit;

  OrganisationId own;

  @BeforeEach
  void people() {
    ReviewFixture fixture = new ReviewFixture(organisations, interventions, accounts, reviews);
    own = fixture.organisation("AU-OWN");
    fixture.account(COORDINATOR, Role.COORDINATOR, null);
    fixture.account(PARTNER, Role.PARTNER, own);
  }

  @Test
  void everyInterventionChangeIsAuditedWithTheRecordBeforeAndAfter() throws Exception {
    String code = ReviewFixture.nextCode("AU");
    String created =
        send(post("/api/v1/interventions"), PARTNER, Role.PARTNER, body(code, "First", 100))
            .getResponse()
            .getContentAsString();
    long id = ((Number) JsonPath.read(created, "$.id")).longValue();
    send(put("/api/v1/interventions/" + id), PARTNER, Role.PARTNER, body(code, "Second", 150));
    send(post("/api/v1/interventions/" + id + "/submit"), PARTNER, Role.PARTNER, null);
    send(post("/api/v1/interventions/" + id + "/validate"), COORDINATOR, Role.COORDINATOR, null);
    send(delete("/api/v1/interventions/" + id), COORDINATOR, Role.COORDINATOR, null);

    List<AuditEvent> events = history("intervention", id);
    assertThat(events)
        .extracting(AuditEvent::action)
        .containsExactly(
            AuditAction.CREATE,
            AuditAction.UPDATE,
            AuditAction.STATUS_CHANGE,
            AuditAction.STATUS_CHANGE,
            AuditAction.DELETE);
    assertThat(events)
        .extracting(AuditEvent::username)
        .containsExactly(PARTNER, PARTNER, PARTNER, COORDINATOR, COORDINATOR);
    AuditEvent creation = events.get(0);
    assertThat(creation.before()).isNull();
    assertThat(creation.after()).contains(code, "\"title\":\"First\"", "\"planned\":100");
    AuditEvent update = events.get(1);
    assertThat(update.before()).contains("\"title\":\"First\"", "\"planned\":100");
    assertThat(update.after()).contains("\"title\":\"Second\"", "\"planned\":150");
    assertThat(events.get(2).before()).contains("DRAFT");
    assertThat(events.get(2).after()).contains("SUBMITTED");
    assertThat(events.get(3).after()).contains("VALIDATED");
    AuditEvent deletion = events.get(4);
    assertThat(deletion.before()).contains("\"title\":\"Second\"", "VALIDATED");
    assertThat(deletion.after()).isNull();
  }

  @Test
  void everyOrganisationChangeIsAuditedWithTheRecordBeforeAndAfter() throws Exception {
    String acronym = ReviewFixture.nextCode("AUORG");
    String created =
        send(
                post("/api/v1/organisations"),
                COORDINATOR,
                Role.COORDINATOR,
                "{\"acronym\": \"%s\", \"name\": \"Avant\", \"type\": \"NATIONAL_NGO\"}"
                    .formatted(acronym))
            .getResponse()
            .getContentAsString();
    long id = ((Number) JsonPath.read(created, "$.id")).longValue();
    send(
        put("/api/v1/organisations/" + id),
        COORDINATOR,
        Role.COORDINATOR,
        "{\"acronym\": \"%s\", \"name\": \"Après\", \"type\": \"NATIONAL_NGO\"}"
            .formatted(acronym));
    send(delete("/api/v1/organisations/" + id), COORDINATOR, Role.COORDINATOR, null);

    List<AuditEvent> events = history("organisation", id);
    assertThat(events)
        .extracting(AuditEvent::action)
        .containsExactly(AuditAction.CREATE, AuditAction.UPDATE, AuditAction.DELETE);
    assertThat(events.get(0).before()).isNull();
    assertThat(events.get(0).after()).contains("Avant");
    assertThat(events.get(1).before()).contains("Avant");
    assertThat(events.get(1).after()).contains("Après");
    assertThat(events.get(2).before()).contains("Après");
    assertThat(events.get(2).after()).isNull();
  }

  @Test
  void theHistoryPageShowsARecordsChangesToCoordinatorsOnly() throws Exception {
    Intervention intervention =
        ReviewFixture.as(
            COORDINATOR,
            Role.COORDINATOR,
            () ->
                interventions.create(
                    ReviewFixture.draft(
                        ReviewFixture.nextCode("AU"), List.of(own), "SN0101@2021")));
    String page =
        mvc.perform(
                get("/audit")
                    .param("entity", "intervention")
                    .param("id", intervention.id().toString())
                    .with(as(COORDINATOR, Role.COORDINATOR)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page).contains("Création", COORDINATOR, intervention.code());
    String detail =
        mvc.perform(
                get("/interventions/" + intervention.id()).with(as(COORDINATOR, Role.COORDINATOR)))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(detail).contains("/audit?entity=intervention&amp;id=" + intervention.id());

    mvc.perform(
            get("/audit")
                .param("entity", "intervention")
                .param("id", intervention.id().toString())
                .with(as(PARTNER, Role.PARTNER)))
        .andExpect(status().isForbidden());
  }

  private List<AuditEvent> history(String entity, long id) {
    List<AuditEvent> newestFirst =
        audit.find(new AuditQuery(entity, Long.toString(id), null, null, null), 100).stream()
            .filter(e -> e.action() != AuditAction.ACCESS_DENIED)
            .toList();
    List<AuditEvent> oldestFirst = new java.util.ArrayList<>(newestFirst);
    java.util.Collections.reverse(oldestFirst);
    return oldestFirst;
  }

  private org.springframework.test.web.servlet.MvcResult send(
      MockHttpServletRequestBuilder request, String user, Role role, String body) throws Exception {
    request.with(as(user, role));
    if (body != null) {
      request.contentType(MediaType.APPLICATION_JSON).content(body);
    }
    org.springframework.test.web.servlet.MvcResult result = mvc.perform(request).andReturn();
    assertThat(result.getResponse().getStatus())
        .as(result.getResponse().getContentAsString())
        .isLessThan(300);
    return result;
  }

  private String body(String code, String title, long planned) {
    return """
        {"code": "%s", "title": "%s", "types": ["FAMILY_GRANT"], "status": "ONGOING",
         "participants": [{"organisationId": %d, "role": "IMPLEMENTER"}],
         "coverage": [{"pcode": "SN0101", "period": "2021", "planned": %d, "unit": "HOUSEHOLDS"}]}
        """
        .formatted(code, title, own.value(), planned);
  }
}
