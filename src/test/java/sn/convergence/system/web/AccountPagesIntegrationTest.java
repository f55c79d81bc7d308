package sn.convergence.system.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import sn.convergence.support.PlatformTest;
import sn.convergence.system.Role;
import sn.convergence.system.UserAccount;
import sn.convergence.system.UserAccounts;
import sn.convergence.system.audit.AuditAction;
import sn.convergence.system.audit.AuditQuery;
import sn.convergence.system.audit.AuditTrail;
import sn.convergence.system.security.ApiTokens;

@PlatformTest
class AccountPagesIntegrationTest {

  static final String PASSWORD = "a-long-enough-password";

  @Autowired MockMvc mvc;
  @Autowired UserAccounts accounts;
  @Autowired ApiTokens tokens;
  @Autowired AuditTrail audit;

  @BeforeEach
  void people() {
    for (String name : new String[] {"ac-admin", "ac-viewer", "ac-mover"}) {
      if (accounts.find(name).isEmpty()) {
        accounts.create(
            name, PASSWORD, name.equals("ac-admin") ? Role.ADMIN : Role.VIEWER, null, false);
      }
    }
  }

  @Test
  void theAccountPageShowsWhoIAmInFrenchAndEnglish() throws Exception {
    assertThat(page("/account", "ac-viewer", Role.VIEWER))
        .contains("Mon compte", "ac-viewer", "Lecteur", "Mot de passe actuel", "Mes jetons");
    assertThat(page("/account?lang=en", "ac-viewer", Role.VIEWER))
        .contains("My account", "Viewer", "Current password", "My access tokens");
  }

  @Test
  void changingThePasswordNeedsTheCurrentOne() throws Exception {
    mvc.perform(
            post("/account/password")
                .with(as("ac-mover", Role.VIEWER))
                .param("current", "not-the-password")
                .param("replacement", "another-long-password")
                .param("confirmation", "another-long-password"))
        .andExpect(flash().attribute("problem", "account.password.wrongCurrent"));
    mvc.perform(get("/api/v1/tokens").with(httpBasic("ac-mover", PASSWORD)))
        .andExpect(status().isOk());

    mvc.perform(
            post("/account/password")
                .with(as("ac-mover", Role.VIEWER))
                .param("current", PASSWORD)
                .param("replacement", "another-long-password")
                .param("confirmation", "another-long-password"))
        .andExpect(flash().attribute("flash", "account.password.changed"));
    mvc.perform(get("/api/v1/tokens").with(httpBasic("ac-mover", "another-long-password")))
        .andExpect(status().isOk());
    mvc.perform(get("/api/v1/tokens").with(httpBasic("ac-mover", PASSWORD)))
        .andExpect(status().isUnauthorized());
  }

  @Test
  void aNewTokenIsShownOnceAndCanBeRevoked() throws Exception {
    var created =
        mvc.perform(
                post("/account/tokens")
                    .with(as("ac-viewer", Role.VIEWER))
                    .param("name", "tableur")
                    .param("days", "30"))
            .andExpect(status().is3xxRedirection())
            .andReturn();
    String token = (String) created.getFlashMap().get("issuedToken");
    assertThat(token).startsWith("cvg_");
    String shown =
        mvc.perform(
                get("/account").with(as("ac-viewer", Role.VIEWER)).flashAttr("issuedToken", token))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(shown).contains(token);
    assertThat(page("/account", "ac-viewer", Role.VIEWER))
        .contains("tableur")
        .doesNotContain(token);

    long id =
        tokens.list("ac-viewer").stream()
            .filter(t -> t.name().equals("tableur"))
            .findFirst()
            .orElseThrow()
            .id();
    mvc.perform(post("/account/tokens/" + id + "/revoke").with(as("ac-viewer", Role.VIEWER)))
        .andExpect(flash().attribute("flash", "account.tokens.revoked"));
    mvc.perform(get("/api/v1/tokens").header("Authorization", "Bearer " + token))
        .andExpect(status().isUnauthorized());
  }

  @Test
  void anAdministratorCreatesAndDisablesAccounts() throws Exception {
    mvc.perform(
            post("/admin/users")
                .with(as("ac-admin", Role.ADMIN))
                .param("username", "ac-created")
                .param("password", PASSWORD)
                .param("role", "COORDINATOR"))
        .andExpect(flash().attribute("flash", "users.flash.created"));
    UserAccount created = accounts.find("ac-created").orElseThrow();
    assertThat(created.role()).isEqualTo(Role.COORDINATOR);
    assertThat(page("/admin/users", "ac-admin", Role.ADMIN)).contains("ac-created", "Coordinateur");

    mvc.perform(
            post("/admin/users/" + created.id() + "/enabled")
                .with(as("ac-admin", Role.ADMIN))
                .param("enabled", "false"))
        .andExpect(flash().attribute("flash", "users.flash.disabled"));
    mvc.perform(get("/api/v1/tokens").with(httpBasic("ac-created", PASSWORD)))
        .andExpect(status().isUnauthorized());
    assertThat(audit.find(new AuditQuery("user", "ac-created", null, null, null), 10))
        .extracting(e -> e.action())
        .contains(AuditAction.CREATE, AuditAction.UPDATE);
  }

  @Test
  void aPartnerAccountNeedsAnOrganisation() throws Exception {
    mvc.perform(
            post("/admin/users")
                .with(as("ac-admin", Role.ADMIN))
                .param("username", "ac-orphan")
                .param("password", PASSWORD)
                .param("role", "PARTNER"))
        .andExpect(flash().attribute("problem", "users.problem.organisation"));
    assertThat(accounts.find("ac-orphan")).isEmpty();
  }

  private String page(String path, String username, Role role) throws Exception {
    return mvc.perform(get(path).with(as(username, role)))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  private static RequestPostProcessor as(String username, Role role) {
    RequestPostProcessor login = user(username).roles(role.name());
    return request -> csrf().postProcessRequest(login.postProcessRequest(request));
  }
}
