package sn.convergence.system.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import sn.convergence.system.NotFoundException;
import sn.convergence.system.audit.AuditAction;
import sn.convergence.system.audit.AuditTrail;

/**
 * Personal access tokens for scripts. A token is 32 random bytes shown once at creation; only its
 * SHA-256 hash is stored. Tokens expire (at most after {@link #MAX_LIFETIME}) and can be revoked.
 */
@Service
public class ApiTokens {

  static final String PREFIX = "cvg_";
  static final Duration MAX_LIFETIME = Duration.ofDays(366);
  private static final SecureRandom RANDOM = new SecureRandom();

  private final JdbcClient jdbc;
  private final AuditTrail audit;

  ApiTokens(JdbcClient jdbc, AuditTrail audit) {
    this.jdbc = jdbc;
    this.audit = audit;
  }

  /** A token as listed to its owner: never the secret itself. */
  public record TokenInfo(
      long id,
      String name,
      String prefix,
      OffsetDateTime createdAt,
      OffsetDateTime expiresAt,
      OffsetDateTime revokedAt,
      OffsetDateTime lastUsedAt) {}

  /** The one time a token's secret is available. */
  public record IssuedToken(TokenInfo info, String token) {}

  @Transactional
  public IssuedToken create(String username, String name, Duration lifetime) {
    if (name == null || name.isBlank() || name.length() > 100) {
      throw new IllegalArgumentException("A token needs a name of 1-100 characters");
    }
    Duration life =
        lifetime == null || lifetime.compareTo(MAX_LIFETIME) > 0 ? MAX_LIFETIME : lifetime;
    if (life.isNegative() || life.isZero()) {
      throw new IllegalArgumentException("A token's lifetime must be positive");
    }
    byte[] secret = new byte[32];
    RANDOM.nextBytes(secret);
    String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    OffsetDateTime now = OffsetDateTime.now();
    jdbc.sql(
            "insert into api_token (username, name, token_hash, token_prefix, created_at, expires_at)"
                + " values (?, ?, ?, ?, ?, ?)")
        .params(username, name.strip(), hash(token), token.substring(0, 10), now, now.plus(life))
        .update();
    TokenInfo info =
        list(username).stream()
            .filter(t -> t.prefix().equals(token.substring(0, 10)))
            .findFirst()
            .orElseThrow();
    audit.record(AuditAction.TOKEN_CREATED, "api_token", info.id(), null, info);
    return new IssuedToken(info, token);
  }

  public List<TokenInfo> list(String username) {
    return jdbc.sql(
            "select id, name, token_prefix, created_at, expires_at, revoked_at, last_used_at"
                + " from api_token where username = ? order by id")
        .param(username)
        .query(
            (rs, n) ->
                new TokenInfo(
                    rs.getLong("id"),
                    rs.getString("name"),
                    rs.getString("token_prefix"),
                    rs.getObject("created_at", OffsetDateTime.class),
                    rs.getObject("expires_at", OffsetDateTime.class),
                    rs.getObject("revoked_at", OffsetDateTime.class),
                    rs.getObject("last_used_at", OffsetDateTime.class)))
        .list();
  }

  /** Revokes one of the user's own tokens; another user's token is reported as not found. */
  @Transactional
  public void revoke(String username, long id) {
    int updated =
        jdbc.sql(
                "update api_token set revoked_at = ? where id = ? and username = ? and revoked_at is null")
            .params(OffsetDateTime.now(), id, username)
            .update();
    if (updated == 0) {
      throw new NotFoundException("Token", id);
    }
    audit.record(AuditAction.TOKEN_REVOKED, "api_token", id, null, null);
  }

  /** The owner and id of a valid (known, unexpired, unrevoked) token. */
  record Owner(long tokenId, String username) {}

  @Transactional
  public Optional<Owner> authenticate(String token) {
    if (token == null || !token.startsWith(PREFIX)) {
      return Optional.empty();
    }
    OffsetDateTime now = OffsetDateTime.now();
    Optional<Owner> owner =
        jdbc.sql(
                "select id, username from api_token where token_hash = ? and revoked_at is null"
                    + " and expires_at > ?")
            .params(hash(token), now)
            .query((rs, n) -> new Owner(rs.getLong("id"), rs.getString("username")))
            .optional();
    owner.ifPresent(
        o ->
            jdbc.sql("update api_token set last_used_at = ? where id = ?")
                .params(now, o.tokenId())
                .update());
    return owner;
  }

  static String hash(String token) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
