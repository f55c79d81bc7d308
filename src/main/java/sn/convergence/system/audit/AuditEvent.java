package sn.convergence.system.audit;

import java.time.OffsetDateTime;

/**
 * One entry of the audit trail. {@code before} and {@code after} are JSON documents of the record
 * (null for a creation's before and a deletion's after); {@code username} is null for anonymous
 * actions.
 */
public record AuditEvent(
    long id,
    OffsetDateTime occurredAt,
    String username,
    AuditAction action,
    String entityType,
    String entityId,
    String before,
    String after,
    Long importBatchId,
    String detail) {}
