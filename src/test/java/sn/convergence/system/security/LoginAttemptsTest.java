package sn.convergence.system.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class LoginAttemptsTest {

  private final OffsetDateTime now = OffsetDateTime.parse("2026-11-29T10:00:00Z");

  @Test
  void allowsFourFailuresWithoutLock() {
    assertThat(LoginAttempts.lockUntil(4, now)).isNull();
  }

  @Test
  void doublesTheLockFromTheFifthFailure() {
    assertThat(LoginAttempts.lockUntil(5, now)).isEqualTo(now.plusMinutes(1));
    assertThat(LoginAttempts.lockUntil(6, now)).isEqualTo(now.plusMinutes(2));
    assertThat(LoginAttempts.lockUntil(8, now)).isEqualTo(now.plusMinutes(8));
  }

  @Test
  void neverLocksForMoreThanAnHour() {
    assertThat(LoginAttempts.lockUntil(40, now)).isEqualTo(now.plusHours(1));
  }
}
