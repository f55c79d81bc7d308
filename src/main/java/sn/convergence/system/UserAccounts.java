package sn.convergence.system;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates and finds user accounts. Passwords are stored only as adaptive hashes. */
@Service
public class UserAccounts {

  private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{3,80}");
  static final int MIN_PASSWORD_LENGTH = 12;

  private final JdbcClient jdbc;
  private final PasswordEncoder passwordEncoder;

  UserAccounts(JdbcClient jdbc, PasswordEncoder passwordEncoder) {
    this.jdbc = jdbc;
    this.passwordEncoder = passwordEncoder;
  }

  /**
   * Creates an account. Passwords shorter than 12 characters are refused unless {@code demo} is
   * true (demonstration accounts use their name as password, and say so on the login page).
   */
  @Transactional
  public UserAccount create(
      String username, String password, Role role, Long organisationId, boolean demo) {
    if (username == null || !USERNAME.matcher(username).matches()) {
      throw new IllegalArgumentException("Username: 3-80 letters, digits, . _ @ -");
    }
    if (!demo && (password == null || password.length() < MIN_PASSWORD_LENGTH)) {
      throw new IllegalArgumentException(
          "Password: at least " + MIN_PASSWORD_LENGTH + " characters");
    }
    if (role == Role.PARTNER && organisationId == null) {
      throw new IllegalArgumentException("A partner account is bound to one organisation");
    }
    if (find(username).isPresent()) {
      throw new ConflictException("User " + username + " already exists");
    }
    jdbc.sql(
            "insert into app_user (username, password_hash, role, organisation_id, enabled, created_at)"
                + " values (?, ?, ?, ?, true, ?)")
        .params(
            username,
            passwordEncoder.encode(password),
            role.name(),
            role == Role.PARTNER ? organisationId : null,
            OffsetDateTime.now())
        .update();
    return find(username).orElseThrow();
  }

  public Optional<UserAccount> find(String username) {
    return jdbc.sql(
            "select id, username, role, organisation_id, enabled from app_user where username = ?")
        .param(username)
        .query(
            (rs, n) ->
                new UserAccount(
                    rs.getLong("id"),
                    rs.getString("username"),
                    Role.valueOf(rs.getString("role")),
                    (Long) rs.getObject("organisation_id", Long.class),
                    rs.getBoolean("enabled")))
        .optional();
  }

  public boolean anyWithRole(Role role) {
    return jdbc.sql("select count(*) from app_user where role = ?")
            .param(role.name())
            .query(Long.class)
            .single()
        > 0;
  }

  public List<UserAccount> list() {
    return jdbc
        .sql("select username from app_user order by username")
        .query(String.class)
        .list()
        .stream()
        .map(u -> find(u).orElseThrow())
        .toList();
  }
}
