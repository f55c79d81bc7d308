package sn.convergence.system.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import sn.convergence.system.Role;
import sn.convergence.system.UserAccounts;

/**
 * Creates the first administrator on start from {@code CONVERGENCE_ADMIN_USERNAME} and {@code
 * CONVERGENCE_ADMIN_PASSWORD} when no administrator exists yet. There is no default password.
 */
@Component
@Order(0)
class FirstAdministrator implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

  private final UserAccounts accounts;
  private final String username;
  private final String password;

  FirstAdministrator(
      UserAccounts accounts,
      @Value("${convergence.admin.username:${CONVERGENCE_ADMIN_USERNAME:}}") String username,
      @Value("${convergence.admin.password:${CONVERGENCE_ADMIN_PASSWORD:}}") String password) {
    this.accounts = accounts;
    this.username = username;
    this.password = password;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (username.isBlank() || password.isBlank() || accounts.anyWithRole(Role.ADMIN)) {
      return;
    }
    accounts.create(username, password, Role.ADMIN, null, false);
    log.info("Created the first administrator account '{}'", username);
  }
}
