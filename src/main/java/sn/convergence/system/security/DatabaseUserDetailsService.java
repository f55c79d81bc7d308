package sn.convergence.system.security;

import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Loads accounts from {@code app_user}; a locked account cannot log in until its lock expires. */
@Service
class DatabaseUserDetailsService implements UserDetailsService {

  private final JdbcClient jdbc;

  DatabaseUserDetailsService(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public UserDetails loadUserByUsername(String username) {
    return jdbc.sql(
            "select username, password_hash, role, enabled, locked_until from app_user where username = ?")
        .param(username)
        .query(
            (rs, n) -> {
              OffsetDateTime lockedUntil = rs.getObject("locked_until", OffsetDateTime.class);
              boolean locked = lockedUntil != null && lockedUntil.isAfter(OffsetDateTime.now());
              return User.withUsername(rs.getString("username"))
                  .password(rs.getString("password_hash"))
                  .authorities(List.of(new SimpleGrantedAuthority("ROLE_" + rs.getString("role"))))
                  .disabled(!rs.getBoolean("enabled"))
                  .accountLocked(locked)
                  .build();
            })
        .optional()
        .orElseThrow(() -> new UsernameNotFoundException("Unknown user"));
  }
}
