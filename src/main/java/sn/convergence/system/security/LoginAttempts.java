package sn.convergence.system.security;

import java.time.Duration;
import java.time.OffsetDateTime;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import sn.convergence.system.audit.AuditAction;
import sn.convergence.system.audit.AuditTrail;

/**
 * Audits every login and locks an account for a growing time after repeated failures: from the
 * fifth consecutive failure, 1, 2, 4... minutes, at most one hour. A success resets the count.
 */
@Component
class LoginAttempts {

  static final int FREE_FAILURES = 4;
  static final Duration MAX_LOCK = Duration.ofHours(1);

  private final JdbcClient jdbc;
  private final AuditTrail audit;

  LoginAttempts(JdbcClient jdbc, AuditTrail audit) {
    this.jdbc = jdbc;
    this.audit = audit;
  }

  @EventListener
  @Transactional
  public void onSuccess(AuthenticationSuccessEvent event) {
    String username = event.getAuthentication().getName();
    if (event.getAuthentication() instanceof TokenAuthentication) {
      return;
    }
    jdbc.sql("update app_user set failed_attempts = 0, locked_until = null where username = ?")
        .param(username)
        .update();
    audit.recordAlone(username, AuditAction.LOGIN_SUCCESS, "user", username, null);
  }

  @EventListener
  @Transactional
  public void onFailure(AbstractAuthenticationFailureEvent event) {
    String username = String.valueOf(event.getAuthentication().getPrincipal());
    Integer failures =
        jdbc.sql("select failed_attempts from app_user where username = ?")
            .param(username)
            .query(Integer.class)
            .optional()
            .orElse(null);
    if (failures != null) {
      int count = failures + 1;
      jdbc.sql("update app_user set failed_attempts = ?, locked_until = ? where username = ?")
          .params(count, lockUntil(count, OffsetDateTime.now()), username)
          .update();
    }
    audit.recordAlone(
        username,
        AuditAction.LOGIN_FAILURE,
        "user",
        username,
        event.getException().getClass().getSimpleName());
  }

  /**
   * When an account with that many consecutive failures is unlocked again; null when not locked.
   */
  static OffsetDateTime lockUntil(int failures, OffsetDateTime now) {
    if (failures <= FREE_FAILURES) {
      return null;
    }
    int exponent = Math.min(failures - FREE_FAILURES - 1, 6);
    Duration lock = Duration.ofMinutes(1L << exponent);
    return now.plus(lock.compareTo(MAX_LOCK) > 0 ? MAX_LOCK : lock);
  }
}
