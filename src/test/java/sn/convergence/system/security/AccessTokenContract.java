package sn.convergence.system.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import sn.convergence.system.Role;
import sn.convergence.system.UserAccounts;
import sn.convergence.system.audit.AuditAction;
import sn.convergence.system.audit.AuditQuery;
import sn.convergence.system.audit.AuditTrail;

/**
 * API tokens, CSRF on forms and account locking. Run on H2 by {@link AccessTokenIntegrationTest}
 * and on PostgreSQL by {@link AccessTokenPostgresIntegrationTest}.
 */
abstract class AccessTokenContract {

  static final String PASSWORD = "a-long-enough-password";

  @Autowired MockMvc mvc;
  @Autowired UserAccounts accounts;
  @Autowired JdbcClient jdbc;
  @Autowired AuditTrail audit;

  @BeforeEach
  void createUser() {
    if (accounts.find("script-owner").isEmpty()) {
      accounts.create("script-owner", PASSWORD, Role.COORDINATOR, null, false);
    }
  }

  private String issueToken() throws Exception {
    MvcResult result =
        mvc.perform(
                post("/api/v1/tokens")
                    .with(httpBasic("script-owner", PASSWORD))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"name\":\"nightly import\",\"expiresInDays\":30}"))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.token").isString())
            .andReturn();
    return JsonPath.read(result.getResponse().getContentAsString(), "$.token");
  }

  @Test
  void aValidTokenWorksWithoutASession() throws Exception {
    String token = issueToken();

    MvcResult result =
        mvc.perform(get("/api/v1/tokens").header("Authorization", "Bearer " + token))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$[0].name").value("nightly import"))
            .andReturn();

    assertThat(result.getRequest().getSession(false)).isNull();
    assertThat(result.getResponse().getContentAsString()).doesNotContain(token);
  }

  @Test
  void aRevokedTokenIsRefused() throws Exception {
    String token = issueToken();
    long id =
        jdbc.sql("select id from api_token where token_hash = ?")
            .param(ApiTokens.hash(token))
            .query(Long.class)
            .single();

    mvc.perform(delete("/api/v1/tokens/" + id).header("Authorization", "Bearer " + token))
        .andExpect(status().isNoContent());

    mvc.perform(get("/api/v1/tokens").header("Authorization", "Bearer " + token))
        .andExpect(status().isUnauthorized());
  }

  @Test
  void anExpiredTokenIsRefused() throws Exception {
    String token = issueToken();
    jdbc.sql("update api_token set expires_at = created_at where token_hash = ?")
        .param(ApiTokens.hash(token))
        .update();

    mvc.perform(get("/api/v1/tokens").header("Authorization", "Bearer " + token))
        .andExpect(status().isUnauthorized());
  }

  @Test
  void anUnknownTokenIsRefusedEvenOnPublicReads() throws Exception {
    mvc.perform(get("/api/v1/admin-units").header("Authorization", "Bearer cvg_forged"))
        .andExpect(status().isUnauthorized());
  }

  @Test
  void tokensAreNotListedAnonymously() throws Exception {
    mvc.perform(get("/api/v1/tokens")).andExpect(status().isUnauthorized());
  }

  @Test
  void aFormWithoutCsrfTokenIsRefused() throws Exception {
    mvc.perform(post("/logout")).andExpect(status().isForbidden());
    mvc.perform(post("/login").param("username", "script-owner").param("password", PASSWORD))
        .andExpect(status().isForbidden());
  }

  @Test
  void repeatedFailuresLockTheAccountAndAreAudited() throws Exception {
    accounts.create("unlucky", PASSWORD, Role.VIEWER, null, false);
    for (int i = 0; i < 5; i++) {
      mvc.perform(get("/api/v1/tokens").with(httpBasic("unlucky", "wrong-password")))
          .andExpect(status().isUnauthorized());
    }

    mvc.perform(get("/api/v1/tokens").with(httpBasic("unlucky", PASSWORD)))
        .andExpect(status().isUnauthorized());
    assertThat(audit.find(new AuditQuery("user", "unlucky", null, null, null), 50))
        .filteredOn(e -> e.action() == AuditAction.LOGIN_FAILURE)
        .hasSizeGreaterThanOrEqualTo(5);
  }
}
