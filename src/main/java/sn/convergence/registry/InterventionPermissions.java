package sn.convergence.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import sn.convergence.system.PermissionDeniedException;
import sn.convergence.system.Role;
import sn.convergence.system.UserAccounts;
import sn.convergence.system.audit.AuditAction;
import sn.convergence.system.audit.AuditTrail;

/**
 * Who may change which intervention, decided from the current authentication. Administrators and
 * coordinators may do everything; a partner only touches interventions in which its own
 * organisation participates (before and after the change), never reviews, and never changes
 * coverage rows of a locked year; viewers and anonymous callers change nothing. Every refusal is
 * recorded in the audit trail (ACCESS_DENIED, in its own transaction) before {@link
 * PermissionDeniedException} is thrown, so nothing of the refused change is stored.
 */
@Component
public class InterventionPermissions {

  static final String ENTITY = "intervention";

  private final UserAccounts accounts;
  private final ReportingYears years;
  private final AuditTrail audit;

  InterventionPermissions(UserAccounts accounts, ReportingYears years, AuditTrail audit) {
    this.accounts = accounts;
    this.years = years;
    this.audit = audit;
  }

  /** The current user as the rules see them; role is null for anonymous callers. */
  record Caller(String username, Role role, Long organisationId) {

    boolean coordinates() {
      return role == Role.ADMIN || role == Role.COORDINATOR;
    }

    boolean participatesIn(List<Long> organisations) {
      return role == Role.PARTNER
          && organisationId != null
          && organisations.contains(organisationId);
    }
  }

  /**
   * Whether the current user may read interventions that are not validated yet: any signed-in user;
   * anonymous visitors read validated interventions only.
   */
  public boolean canReadUnvalidated() {
    return caller().role() != null;
  }

  /** Administrators and coordinators: validate, return, see drafts in public figures. */
  public boolean canReview() {
    return caller().coordinates();
  }

  /** Whether the current user may edit or delete this intervention (locked years aside). */
  public boolean canEdit(Intervention intervention) {
    Caller caller = caller();
    return caller.coordinates() || caller.participatesIn(organisations(intervention));
  }

  /** Whether the current user may submit this intervention for review now. */
  public boolean canSubmit(Intervention intervention) {
    ReviewStatus status = intervention.review().status();
    return canEdit(intervention)
        && (status == ReviewStatus.DRAFT || status == ReviewStatus.RETURNED);
  }

  Caller caller() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    String username = AuditTrail.currentUser();
    if (auth == null || username == null) {
      return new Caller(null, null, null);
    }
    Role role = null;
    for (Role candidate : Role.values()) {
      if (role == null && hasAuthority(auth, "ROLE_" + candidate.name())) {
        role = candidate;
      }
    }
    Long organisation =
        role == Role.PARTNER
            ? accounts.find(username).map(a -> a.organisationId()).orElse(null)
            : null;
    return new Caller(username, role, organisation);
  }

  void checkCreate(InterventionDraft draft) {
    Caller caller = requireWriter(null);
    if (!caller.coordinates() && !caller.participatesIn(organisations(draft))) {
      throw deny(
          caller,
          null,
          "not_participating",
          "A partner creates only interventions in which its own organisation participates");
    }
  }

  void checkUpdate(Intervention existing, InterventionDraft draft) {
    Caller caller = requireEditor(existing);
    if (!caller.coordinates() && !caller.participatesIn(organisations(draft))) {
      throw deny(
          caller,
          existing.id(),
          "not_participating",
          "A partner may not remove its own organisation from the participants");
    }
  }

  /** Delete, submit, add coverage rows: the caller must be allowed to edit the record. */
  void checkEdit(Intervention existing) {
    requireEditor(existing);
  }

  void checkReview(Intervention existing) {
    Caller caller = requireWriter(existing.id());
    if (!caller.coordinates()) {
      throw deny(
          caller,
          existing.id(),
          "coordinators_only",
          "Only coordinators and administrators validate or return interventions");
    }
  }

  /**
   * Refuses a partner's change of coverage rows (added, removed or changed) whose period touches a
   * locked year. Rows whose period cannot be read are left to the validator.
   */
  void checkCoverageChange(InterventionId id, List<Coverage> before, List<CoverageDraft> after) {
    Caller caller = caller();
    if (caller.coordinates()) {
      return;
    }
    Set<Integer> locked = years.lockedYears();
    if (locked.isEmpty()) {
      return;
    }
    List<RowKey> removed = new ArrayList<>(before.stream().map(RowKey::of).toList());
    List<RowKey> added = new ArrayList<>();
    for (CoverageDraft row : after) {
      RowKey key = RowKey.of(row);
      if (key != null && !removed.remove(key)) {
        added.add(key);
      }
    }
    added.addAll(removed);
    added.stream()
        .flatMap(k -> locked.stream().filter(k::touches))
        .findFirst()
        .ifPresent(
            year -> {
              throw deny(
                  caller,
                  id,
                  "year_locked",
                  "Reporting year "
                      + year
                      + " is locked: only a coordinator may change its coverage rows");
            });
  }

  /** Records the refusal of a request that tried to set read-only fields. */
  void recordTampering(InterventionId id, String fields) {
    Caller caller = caller();
    audit.recordAlone(
        caller.username(),
        AuditAction.ACCESS_DENIED,
        ENTITY,
        id == null ? null : id.value(),
        "read_only_fields: " + fields);
  }

  private Caller requireEditor(Intervention existing) {
    Caller caller = requireWriter(existing.id());
    if (!caller.coordinates() && !caller.participatesIn(organisations(existing))) {
      throw deny(
          caller,
          existing.id(),
          "not_participating",
          "A partner changes only interventions in which its own organisation participates");
    }
    return caller;
  }

  private Caller requireWriter(InterventionId id) {
    Caller caller = caller();
    if (caller.role() == null || caller.role() == Role.VIEWER) {
      throw deny(caller, id, "read_only", "This account may not change the registry");
    }
    return caller;
  }

  private PermissionDeniedException deny(
      Caller caller, InterventionId id, String code, String message) {
    audit.recordAlone(
        caller.username(),
        AuditAction.ACCESS_DENIED,
        ENTITY,
        id == null ? null : id.value(),
        code + ": " + message);
    return new PermissionDeniedException(code, message);
  }

  private static boolean hasAuthority(Authentication auth, String name) {
    for (GrantedAuthority authority : auth.getAuthorities()) {
      if (name.equals(authority.getAuthority())) {
        return true;
      }
    }
    return false;
  }

  private static List<Long> organisations(Intervention intervention) {
    return intervention.participants().stream().map(p -> p.organisation().value()).toList();
  }

  private static List<Long> organisations(InterventionDraft draft) {
    return draft.participants().stream()
        .filter(Objects::nonNull)
        .map(ParticipantDraft::organisationId)
        .filter(Objects::nonNull)
        .toList();
  }

  /** The stored content of a coverage row, for telling changed rows from kept ones. */
  private record RowKey(
      String pcode,
      java.time.LocalDate start,
      java.time.LocalDate end,
      Long planned,
      Long reached,
      String unit,
      Long budget,
      String source) {

    static RowKey of(Coverage c) {
      return new RowKey(
          c.pcode().value(),
          c.period().start(),
          c.period().end(),
          c.planned(),
          c.reached(),
          c.unit().name(),
          c.budgetXof(),
          blankToNull(c.source()));
    }

    static RowKey of(CoverageDraft d) {
      if (d == null || d.pcode() == null) {
        return null;
      }
      BeneficiaryUnit unit = BeneficiaryUnit.parse(d.unit());
      return d.resolvePeriod()
          .map(
              p ->
                  new RowKey(
                      d.pcode().strip().toUpperCase(java.util.Locale.ROOT),
                      p.start(),
                      p.end(),
                      d.planned(),
                      d.reached(),
                      unit == null ? d.unit() : unit.name(),
                      d.budgetXof(),
                      blankToNull(d.source())))
          .orElse(null);
    }

    boolean touches(int year) {
      return start.getYear() <= year && end.getYear() >= year;
    }

    private static String blankToNull(String text) {
      return text == null || text.isBlank() ? null : text.strip();
    }
  }
}
