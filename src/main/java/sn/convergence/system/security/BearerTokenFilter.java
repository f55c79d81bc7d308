package sn.convergence.system.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.web.filter.OncePerRequestFilter;
import sn.convergence.system.audit.AuditAction;
import sn.convergence.system.audit.AuditTrail;

/**
 * Authenticates {@code Authorization: Bearer <token>} requests without a session. An unknown,
 * expired or revoked token is refused with 401 (never treated as anonymous).
 */
class BearerTokenFilter extends OncePerRequestFilter {

  private final ApiTokens tokens;
  private final UserDetailsService users;
  private final AuditTrail audit;

  BearerTokenFilter(ApiTokens tokens, UserDetailsService users, AuditTrail audit) {
    this.tokens = tokens;
    this.users = users;
    this.audit = audit;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String header = request.getHeader("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      chain.doFilter(request, response);
      return;
    }
    Optional<ApiTokens.Owner> owner = tokens.authenticate(header.substring(7).strip());
    Optional<UserDetails> user = owner.map(o -> users.loadUserByUsername(o.username()));
    if (user.isEmpty() || !user.get().isEnabled() || !user.get().isAccountNonLocked()) {
      audit.recordAlone(null, AuditAction.LOGIN_FAILURE, "api_token", null, "invalid bearer token");
      response.setStatus(HttpStatus.UNAUTHORIZED.value());
      response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
      response
          .getWriter()
          .write(
              "{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,"
                  + "\"detail\":\"Unknown, expired or revoked token\"}");
      return;
    }
    SecurityContext context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(
        new TokenAuthentication(
            user.get().getUsername(), owner.get().tokenId(), user.get().getAuthorities()));
    SecurityContextHolder.setContext(context);
    try {
      chain.doFilter(request, response);
    } finally {
      SecurityContextHolder.clearContext();
    }
  }
}
