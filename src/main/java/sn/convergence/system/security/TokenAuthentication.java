package sn.convergence.system.security;

import java.util.Collection;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;

/** An authentication made with a personal access token ({@code Authorization: Bearer ...}). */
final class TokenAuthentication extends AbstractAuthenticationToken {

  private final String username;
  private final long tokenId;

  TokenAuthentication(String username, long tokenId, Collection<? extends GrantedAuthority> roles) {
    super(roles);
    this.username = username;
    this.tokenId = tokenId;
    setAuthenticated(true);
  }

  @Override
  public Object getCredentials() {
    return "";
  }

  @Override
  public Object getPrincipal() {
    return username;
  }

  long tokenId() {
    return tokenId;
  }
}
