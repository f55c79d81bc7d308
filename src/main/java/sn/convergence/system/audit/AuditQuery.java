package sn.convergence.system.audit;

import java.time.OffsetDateTime;

/** Filters of the audit trail; null fields do not filter. */
public record AuditQuery(
    String entityType, String entityId, String username, OffsetDateTime from, OffsetDateTime to) {}
