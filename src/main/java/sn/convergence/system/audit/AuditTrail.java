package sn.convergence.system.audit;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Records who changed what, when, with the record before and after. Append-only: this class is the
 * only writer and offers no update or delete. Changes are recorded in the caller's transaction, so
 * a rolled-back change leaves no entry; refusals and logins use {@link #recordAlone}.
 */
@Service
public class AuditTrail {

  private final JdbcClient jdbc;
  private final JsonMapper json = JsonMapper.builder().findAndAddModules().build();

  AuditTrail(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Records a change made by the current user, inside the current transaction. */
  @Transactional(propagation = Propagation.MANDATORY)
  public void record(
      AuditAction action, String entityType, Object entityId, Object before, Object after) {
    insert(currentUser(), action, entityType, entityId, before, after, null, null);
  }

  /** Records a change that belongs to an import batch. */
  @Transactional(propagation = Propagation.MANDATORY)
  public void recordImport(
      AuditAction action,
      String entityType,
      Object entityId,
      Object before,
      Object after,
      long importBatchId) {
    insert(currentUser(), action, entityType, entityId, before, after, importBatchId, null);
  }

  /** Records an event in its own transaction, kept even if the caller's work is rolled back. */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void recordAlone(
      String username, AuditAction action, String entityType, Object entityId, String detail) {
    insert(username, action, entityType, entityId, null, null, null, detail);
  }

  public List<AuditEvent> find(AuditQuery query, int limit) {
    StringBuilder sql =
        new StringBuilder(
            "select id, occurred_at, username, action, entity_type, entity_id, before_json, after_json,"
                + " import_batch_id, detail from audit_event where 1=1");
    List<Object> params = new ArrayList<>();
    condition(sql, params, " and entity_type = ?", query.entityType());
    condition(sql, params, " and entity_id = ?", query.entityId());
    condition(sql, params, " and username = ?", query.username());
    condition(sql, params, " and occurred_at >= ?", query.from());
    condition(sql, params, " and occurred_at <= ?", query.to());
    sql.append(" order by id desc limit ").append(Math.max(1, Math.min(limit, 10_000)));
    return jdbc.sql(sql.toString())
        .params(params)
        .query(
            (rs, n) ->
                new AuditEvent(
                    rs.getLong("id"),
                    rs.getObject("occurred_at", OffsetDateTime.class),
                    rs.getString("username"),
                    AuditAction.valueOf(rs.getString("action")),
                    rs.getString("entity_type"),
                    rs.getString("entity_id"),
                    rs.getString("before_json"),
                    rs.getString("after_json"),
                    (Long) rs.getObject("import_batch_id", Long.class),
                    rs.getString("detail")))
        .list();
  }

  private static void condition(
      StringBuilder sql, List<Object> params, String clause, Object value) {
    if (value != null && !(value instanceof String s && s.isBlank())) {
      sql.append(clause);
      params.add(value);
    }
  }

  private void insert(
      String username,
      AuditAction action,
      String entityType,
      Object entityId,
      Object before,
      Object after,
      Long batch,
      String detail) {
    jdbc.sql(
            "insert into audit_event (occurred_at, username, action, entity_type, entity_id, before_json,"
                + " after_json, import_batch_id, detail) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            OffsetDateTime.now(),
            username,
            action.name(),
            entityType,
            entityId == null ? null : String.valueOf(entityId),
            toJson(before),
            toJson(after),
            batch,
            detail == null ? null : truncate(detail))
        .update();
  }

  private String toJson(Object value) {
    if (value == null) {
      return null;
    }
    return value instanceof String text ? text : json.writeValueAsString(value);
  }

  private static String truncate(String text) {
    return text.length() <= 1000 ? text : text.substring(0, 1000);
  }

  /** The authenticated user's name, or null for anonymous requests and background work. */
  public static String currentUser() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    return auth == null || !auth.isAuthenticated() || "anonymousUser".equals(auth.getName())
        ? null
        : auth.getName();
  }
}
