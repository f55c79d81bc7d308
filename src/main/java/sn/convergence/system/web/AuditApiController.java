package sn.convergence.system.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.OffsetDateTime;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import sn.convergence.system.audit.AuditEvent;
import sn.convergence.system.audit.AuditQuery;
import sn.convergence.system.audit.AuditTrail;

@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "Audit", description = "The audit trail (read only)")
@PreAuthorize("hasAnyRole('ADMIN','COORDINATOR')")
class AuditApiController {

  private final AuditTrail audit;

  AuditApiController(AuditTrail audit) {
    this.audit = audit;
  }

  @GetMapping
  @Operation(summary = "Audit events, newest first, filtered by entity, record id, user and time")
  List<AuditEvent> find(
      @RequestParam(required = false) String entity,
      @RequestParam(required = false) String id,
      @RequestParam(required = false) String user,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
          OffsetDateTime from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
          OffsetDateTime to,
      @RequestParam(defaultValue = "500") int limit) {
    return audit.find(new AuditQuery(entity, id, user, from, to), limit);
  }

  @GetMapping(value = "/export.csv", produces = "text/csv")
  @Operation(summary = "The same events as CSV (formula-safe)")
  void export(
      @RequestParam(required = false) String entity,
      @RequestParam(required = false) String id,
      @RequestParam(required = false) String user,
      HttpServletResponse response)
      throws IOException {
    response.setContentType("text/csv;charset=UTF-8");
    response.setHeader("Content-Disposition", "attachment; filename=\"audit.csv\"");
    PrintWriter writer = response.getWriter();
    try (CSVPrinter csv =
        CSVFormat.RFC4180
            .builder()
            .setHeader(
                "id",
                "occurred_at",
                "username",
                "action",
                "entity_type",
                "entity_id",
                "before",
                "after",
                "import_batch_id",
                "detail")
            .get()
            .print(writer)) {
      for (AuditEvent e : audit.find(new AuditQuery(entity, id, user, null, null), 10_000)) {
        csv.printRecord(
            e.id(),
            e.occurredAt(),
            SpreadsheetSafe.cell(e.username()),
            e.action(),
            SpreadsheetSafe.cell(e.entityType()),
            SpreadsheetSafe.cell(e.entityId()),
            SpreadsheetSafe.cell(e.before()),
            SpreadsheetSafe.cell(e.after()),
            e.importBatchId(),
            SpreadsheetSafe.cell(e.detail()));
      }
    }
  }
}
