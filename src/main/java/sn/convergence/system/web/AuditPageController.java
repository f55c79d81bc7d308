package sn.convergence.system.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import sn.convergence.system.audit.AuditQuery;
import sn.convergence.system.audit.AuditTrail;

/** The audit trail of one record (or filtered by user), newest first, for coordinators. */
@Controller
@PreAuthorize("hasAnyRole('ADMIN','COORDINATOR')")
class AuditPageController {

  static final int LIMIT = 200;

  private final AuditTrail audit;

  AuditPageController(AuditTrail audit) {
    this.audit = audit;
  }

  @GetMapping("/audit")
  String events(
      @RequestParam(required = false) String entity,
      @RequestParam(required = false) String id,
      @RequestParam(required = false) String user,
      Model model) {
    model.addAttribute("entity", entity);
    model.addAttribute("id", id);
    model.addAttribute("user", user);
    model.addAttribute("events", audit.find(new AuditQuery(entity, id, user, null, null), LIMIT));
    model.addAttribute("limit", LIMIT);
    return "system/audit";
  }
}
