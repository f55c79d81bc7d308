package sn.convergence.system;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import sn.convergence.system.audit.AuditAction;
import sn.convergence.system.audit.AuditTrail;

/**
 * Creates and finds user accounts. Passwords are stored only as adaptive hashes. Creation, password
 * changes and enabling or disabling are audited (entity {@code user}, id the username, never with
 * the hash).
 */
@Service
public class UserAccounts {

  static final String ENTITY = "user";
  static final String ADMINISTRATORS = "hasRole('ADMIN')";

  private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{3,80}");
  static final int MIN_PASSWORD_LENGTH = 12;

  private final JdbcClient jdbc;
  private final PasswordEncoder passwordEncoder;
  private final AuditTrail audit;
  private final List<OrganisationDirectory> directories;

  UserAccounts(
      JdbcClient jdbc,
      PasswordEncoder passwordEncoder,
      AuditTrail audit,
      List<OrganisationDirectory> directories) {
    this.jdbc = jdbc;
    this.passwordEncoder = passwordEncoder;
    this.audit = audit;
    this.directories = directories;
  }

  /**
   * An administrator creates an account: the password rules always apply and a partner's
   * organisation must exist.
   */
  @Transactional
  @PreAuthorize(ADMINISTRATORS)
  public UserAccount register(String username, String password, Role role, Long organisationId) {
    if (role == Role.PARTNER
        && organisationId != null
        && directories.stream().noneMatch(d -> d.labels().containsKey(organisationId))) {
      throw new IllegalArgumentException("Unknown organisation: " + organisationId);
    }
    return create(username, password, role, organisationId, false);
  }

  /** An administrator enables or disables an account; a disabled account cannot log in. */
  @Transactional
  @PreAuthorize(ADMINISTRATORS)
  public UserAccount setEnabled(long id, boolean enabled) {
    UserAccount before =
        findById(id).orElseThrow(() -> new NotFoundException("User", String.valueOf(id)));
    if (before.username().equals(AuditTrail.currentUser()) && !enabled) {
      throw new IllegalArgumentException("An administrator cannot disable their own account");
    }
    jdbc.sql("update app_user set enabled = ? where id = ?").params(enabled, id).update();
    UserAccount after = findById(id).orElseThrow();
    audit.record(AuditAction.UPDATE, ENTITY, before.username(), before, after);
    return after;
  }

  /**
   * Changes one's own password after checking the current one; false when the current password is
   * wrong (nothing changes). The new password must have at least 12 characters.
   */
  @Transactional
  public boolean changePassword(String username, String current, String replacement) {
    if (replacement == null || replacement.length() < MIN_PASSWORD_LENGTH) {
      throw new IllegalArgumentException(
          "Password: at least " + MIN_PASSWORD_LENGTH + " characters");
    }
    String hash =
        jdbc.sql("select password_hash from app_user where username = ?")
            .param(username)
            .query(String.class)
            .optional()
            .orElse(null);
    if (hash == null || current == null || !passwordEncoder.matches(current, hash)) {
      return false;
    }
    jdbc.sql("update app_user set password_hash = ? where username = ?")
        .params(passwordEncoder.encode(replacement), username)
        .update();
    UserAccount account = find(username).orElseThrow();
    audit.record(AuditAction.UPDATE, ENTITY, username, account, account);
    return true;
  }

  public Optional<UserAccount> findById(long id) {
    return jdbc.sql("select username from app_user where id = ?")
        .param(id)
        .query(String.class)
        .optional()
        .flatMap(this::find);
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
    UserAccount created = find(username).orElseThrow();
    audit.record(AuditAction.CREATE, ENTITY, username, null, created);
    return created;
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
