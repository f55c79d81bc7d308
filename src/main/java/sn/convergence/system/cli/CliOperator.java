package sn.convergence.system.cli;

import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The local operator of command-line work: whoever can run the jar against the database administers
 * it, so commands run as the administrator {@value #NAME} (recorded in the audit trail under that
 * name).
 */
public final class CliOperator {

  public static final String NAME = "cli";

  private CliOperator() {}

  /** Runs the work as the operator, then restores the caller's security context. */
  public static <T> T call(Supplier<T> work) {
    SecurityContext previous = SecurityContextHolder.getContext();
    SecurityContext operator = SecurityContextHolder.createEmptyContext();
    operator.setAuthentication(
        UsernamePasswordAuthenticationToken.authenticated(
            NAME, null, List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))));
    SecurityContextHolder.setContext(operator);
    try {
      return work.get();
    } finally {
      SecurityContextHolder.setContext(previous);
    }
  }
}
