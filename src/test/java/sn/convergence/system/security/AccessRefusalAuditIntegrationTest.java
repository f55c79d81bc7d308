package sn.convergence.system.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import sn.convergence.support.PlatformTest;
import sn.convergence.system.audit.AuditAction;
import sn.convergence.system.audit.AuditEvent;
import sn.convergence.system.audit.AuditQuery;
import sn.convergence.system.audit.AuditTrail;

/** Refusals of method and URL security to signed-in users are audited; anonymous ones are not. */
@PlatformTest
class AccessRefusalAuditIntegrationTest {

  static final String BODY = "{\"code\":\"REFUSED-1\",\"title\":\"Refused\"}";

  @Autowired MockMvc mvc;
  @Autowired AuditTrail audit;

  @Test
  void recordsAViewersRefusedWriteOnceWithItsName() throws Exception {
    mvc.perform(
            post("/api/v1/interventions")
                .with(user("refused-viewer").roles("VIEWER"))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(BODY))
        .andExpect(status().isForbidden());

    assertThat(refusals("refused-viewer"))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.action()).isEqualTo(AuditAction.ACCESS_DENIED);
              assertThat(e.detail())
                  .startsWith("POST /api/v1/interventions: Interventions.create requires ")
                  .contains("hasAnyRole('ADMIN','COORDINATOR','PARTNER')");
            });
  }

  @Test
  void showsTheRefusalOnTheAuditPageAndInItsCsv() throws Exception {
    mvc.perform(
            post("/api/v1/interventions")
                .with(user("shown-viewer").roles("VIEWER"))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(BODY))
        .andExpect(status().isForbidden());

    String page =
        mvc.perform(
                get("/audit")
                    .param("user", "shown-viewer")
                    .with(user("auditor").roles("COORDINATOR")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page).contains("shown-viewer", "Accès refusé", "POST /api/v1/interventions");
    String csv =
        mvc.perform(
                get("/api/v1/audit/export.csv")
                    .param("user", "shown-viewer")
                    .with(user("auditor").roles("COORDINATOR")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(csv.lines().filter(l -> l.contains("shown-viewer")))
        .singleElement()
        .asString()
        .contains("ACCESS_DENIED", "authorization", "POST /api/v1/interventions");
  }

  @Test
  void recordsARefusedPageForASignedInUser() throws Exception {
    mvc.perform(get("/interventions/new").with(user("page-viewer").roles("VIEWER")))
        .andExpect(status().isForbidden());
    mvc.perform(get("/audit").with(user("page-partner").roles("PARTNER")))
        .andExpect(status().isForbidden());

    assertThat(refusals("page-viewer"))
        .singleElement()
        .extracting(AuditEvent::detail)
        .asString()
        .startsWith("GET /interventions/new: InterventionFormController.");
    assertThat(refusals("page-partner"))
        .singleElement()
        .extracting(AuditEvent::detail)
        .asString()
        .startsWith("GET /audit: AuditPageController.events requires ");
  }

  @Test
  void leavesAnonymousRefusalsOutOfTheTrail() throws Exception {
    int before =
        audit.find(new AuditQuery(AccessRefusals.ENTITY, null, null, null, null), 10_000).size();

    mvc.perform(
            post("/api/v1/interventions")
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(BODY))
        .andExpect(status().isUnauthorized());
    mvc.perform(get("/account").accept(MediaType.TEXT_HTML)).andExpect(status().is3xxRedirection());

    assertThat(audit.find(new AuditQuery(AccessRefusals.ENTITY, null, null, null, null), 10_000))
        .hasSize(before);
  }

  private List<AuditEvent> refusals(String username) {
    return audit.find(new AuditQuery(AccessRefusals.ENTITY, null, username, null, null), 100);
  }
}
