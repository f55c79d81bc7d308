package sn.convergence.registry;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import sn.convergence.actors.OrganisationId;
import sn.convergence.actors.Organisations;
import sn.convergence.geography.AdminUnits;
import sn.convergence.registry.internal.CoverageStore;
import sn.convergence.registry.internal.InterventionFilter;
import sn.convergence.registry.internal.InterventionStore;
import sn.convergence.system.ConflictException;
import sn.convergence.system.FieldViolation;
import sn.convergence.system.NotFoundException;
import sn.convergence.system.ValidationFailedException;
import sn.convergence.system.audit.AuditAction;
import sn.convergence.system.audit.AuditTrail;

/**
 * The registry's use cases for interventions, for the API, pages, imports and the demo loader.
 * Every write runs in one transaction after {@link InterventionPermissions} allowed it and {@link
 * InterventionValidator} accepted the whole draft, so a refused or rejected request stores nothing.
 * Writes need the ADMIN, COORDINATOR or PARTNER role; batch callers without a user (demo loader,
 * command line) must run with such an authentication. A duplicate code raises {@link
 * ConflictException}. Every change is recorded in the audit trail, with the record before and
 * after, in the same transaction.
 *
 * <p>Review status on creation: an administrator's or coordinator's record is VALIDATED at once, a
 * partner's is a DRAFT, an import's ({@link #createSubmitted}) is SUBMITTED. A partner's edit puts
 * the record back to DRAFT (to be submitted again); a coordinator's edit keeps its status.
 */
@Service
public class Interventions {

  static final String WRITERS = "hasAnyRole('ADMIN','COORDINATOR','PARTNER')";

  private final InterventionStore store;
  private final CoverageStore coverage;
  private final Taxonomy taxonomy;
  private final Organisations organisations;
  private final AdminUnits adminUnits;
  private final InterventionPermissions permissions;
  private final AuditTrail audit;
  private final Clock clock = Clock.systemUTC();

  Interventions(
      InterventionStore store,
      CoverageStore coverage,
      Taxonomy taxonomy,
      Organisations organisations,
      AdminUnits adminUnits,
      InterventionPermissions permissions,
      AuditTrail audit) {
    this.store = store;
    this.coverage = coverage;
    this.taxonomy = taxonomy;
    this.organisations = organisations;
    this.adminUnits = adminUnits;
    this.permissions = permissions;
    this.audit = audit;
  }

  /** Creates an intervention with its participants and coverage rows in one call. */
  @Transactional
  @PreAuthorize(WRITERS)
  public Intervention create(InterventionDraft draft) {
    boolean coordinates = permissions.caller().coordinates();
    return insert(draft, coordinates ? ReviewStatus.VALIDATED : ReviewStatus.DRAFT);
  }

  /** Creates an intervention that arrives by import: SUBMITTED, waiting for a coordinator. */
  @Transactional
  @PreAuthorize(WRITERS)
  public Intervention createSubmitted(InterventionDraft draft) {
    return insert(draft, ReviewStatus.SUBMITTED);
  }

  /** Replaces every field, link and coverage row of the intervention. */
  @Transactional
  @PreAuthorize(WRITERS)
  public Intervention update(InterventionId id, InterventionDraft draft) {
    Intervention before = require(id);
    permissions.checkUpdate(before, draft);
    requireValid(draft);
    permissions.checkCoverageChange(id, before.coverage(), draft.coverage());
    refuseDuplicate(draft.code(), id);
    Instant now = Instant.now(clock);
    store.update(id, draft, now);
    backToDraftAfterPartnerChange(before);
    coverage.deleteByIntervention(id);
    coverage.insertAll(id, newRows(draft.coverage()), draft.synthetic());
    Intervention after = store.find(id).orElseThrow();
    audit.record(AuditAction.UPDATE, InterventionPermissions.ENTITY, id.value(), before, after);
    return after;
  }

  @Transactional
  @PreAuthorize(WRITERS)
  public void delete(InterventionId id) {
    Intervention before = require(id);
    permissions.checkEdit(before);
    permissions.checkCoverageChange(id, before.coverage(), List.of());
    store.delete(id);
    audit.record(AuditAction.DELETE, InterventionPermissions.ENTITY, id.value(), before, null);
  }

  /**
   * Refuses a request that tried to set fields only the server sets (id, review status); the
   * attempt is audited. {@code fields} names them for the audit trail.
   */
  public void refuseReadOnlyFields(InterventionId id, List<FieldViolation> fields) {
    permissions.recordTampering(
        id, String.join(", ", fields.stream().map(FieldViolation::field).toList()));
    throw new ValidationFailedException(fields);
  }

  private void backToDraftAfterPartnerChange(Intervention before) {
    if (!permissions.caller().coordinates() && before.review().status() != ReviewStatus.DRAFT) {
      store.saveReview(before.id(), before.review().backToDraft());
    }
  }

  private Intervention insert(InterventionDraft draft, ReviewStatus status) {
    permissions.checkCreate(draft);
    requireValid(draft);
    permissions.checkCoverageChange(null, List.of(), draft.coverage());
    refuseDuplicate(draft.code(), null);
    Instant now = Instant.now(clock);
    InterventionId id =
        store.insert(draft, now, Review.createdAs(status, AuditTrail.currentUser(), now));
    coverage.insertAll(id, newRows(draft.coverage()), draft.synthetic());
    Intervention created = store.find(id).orElseThrow();
    audit.record(AuditAction.CREATE, InterventionPermissions.ENTITY, id.value(), null, created);
    return created;
  }

  /**
   * Adds many coverage rows to an existing intervention with JDBC batches; all rows are checked
   * first and none is stored when one is invalid. Returns the number of rows stored.
   */
  @Transactional
  @PreAuthorize(WRITERS)
  public int addCoverage(InterventionId id, List<CoverageDraft> rows) {
    Intervention before = require(id);
    permissions.checkEdit(before);
    List<FieldViolation> violations = validator().validateCoverage(rows);
    if (!violations.isEmpty()) {
      throw new ValidationFailedException(violations);
    }
    permissions.checkCoverageChange(id, List.of(), rows);
    int stored = coverage.insertAll(id, newRows(rows), before.synthetic());
    backToDraftAfterPartnerChange(before);
    audit.record(
        AuditAction.UPDATE,
        InterventionPermissions.ENTITY,
        id.value(),
        before,
        store.find(id).orElseThrow());
    return stored;
  }

  /** Every violation of the draft, without storing anything (for import previews). */
  @Transactional(readOnly = true)
  public List<FieldViolation> validate(InterventionDraft draft) {
    return validator().validate(draft);
  }

  @Transactional(readOnly = true)
  public Optional<Intervention> find(InterventionId id) {
    return store.find(id);
  }

  /**
   * The intervention as the current reader may see it: anonymous visitors get validated
   * interventions only (public data); signed-in users get every review status. For pages and API.
   */
  @Transactional(readOnly = true)
  public Optional<Intervention> findForReader(InterventionId id) {
    return store.find(id).filter(this::readable);
  }

  /** Case-insensitive. */
  @Transactional(readOnly = true)
  public Optional<Intervention> findByCode(String code) {
    if (code == null || code.isBlank()) {
      return Optional.empty();
    }
    return store.findIdByCode(code).flatMap(store::find);
  }

  /**
   * A page of interventions matching the query, ordered by code; {@code size} is 1 to 500.
   * Anonymous visitors get validated interventions only.
   */
  @Transactional(readOnly = true)
  public InterventionPage list(InterventionQuery query, int page, int size) {
    int safeSize = Math.max(1, Math.min(size, 500));
    int safePage = Math.max(0, page);
    InterventionFilter filter = filter(query);
    if (!permissions.canReadUnvalidated()) {
      filter.reviewStatusIn(List.of(ReviewStatus.VALIDATED.name()));
    }
    long total = store.count(filter);
    return new InterventionPage(
        store.list(filter, safePage * safeSize, safeSize), safePage, safeSize, total);
  }

  /**
   * The number of interventions each organisation takes part in (any role), among those the current
   * user may read, as {@link #list} would count them for an organisation filter; organisations
   * without any are absent. One query, whatever the number of organisations.
   */
  @Transactional(readOnly = true)
  public Map<OrganisationId, Long> countByOrganisation() {
    InterventionFilter filter = new InterventionFilter();
    if (!permissions.canReadUnvalidated()) {
      filter.reviewStatusIn(List.of(ReviewStatus.VALIDATED.name()));
    }
    Map<OrganisationId, Long> counts = new HashMap<>();
    store.countPerOrganisation(filter).forEach((id, n) -> counts.put(OrganisationId.of(id), n));
    return counts;
  }

  /** Anonymous visitors read validated interventions only (public data). */
  private boolean readable(Intervention intervention) {
    return intervention.review().status() == ReviewStatus.VALIDATED
        || permissions.canReadUnvalidated();
  }

  @Transactional(readOnly = true)
  public long count() {
    return store.count(new InterventionFilter());
  }

  @Transactional(readOnly = true)
  public long countCoverageRows() {
    return coverage.count();
  }

  private InterventionFilter filter(InterventionQuery q) {
    LocalDate from = q.year() == null ? null : LocalDate.of(q.year(), 1, 1);
    LocalDate to = q.year() == null ? null : LocalDate.of(q.year(), 12, 31);
    List<String> pcodes =
        q.pcode() == null
            ? List.of()
            : adminUnits.all().stream()
                .filter(u -> u.isWithin(q.pcode()))
                .map(u -> u.pcode().value())
                .toList();
    if (q.pcode() != null && pcodes.isEmpty()) {
      pcodes = List.of(q.pcode().value());
    }
    return new InterventionFilter()
        .text(q.text())
        .family(q.family())
        .type(q.type())
        .organisation(q.organisation() == null ? null : q.organisation().value())
        .targetGroup(q.targetGroup())
        .status(q.status() == null ? null : q.status().name())
        .hasCoverage(pcodes, from, to);
  }

  InterventionValidator validator() {
    return new InterventionValidator(
        new InterventionValidator.References(
            taxonomy.typeCodes(),
            taxonomy.targetGroupCodes(),
            id -> organisations.find(id).isPresent(),
            adminUnits::find));
  }

  private void requireValid(InterventionDraft draft) {
    List<FieldViolation> violations = validator().validate(draft);
    if (!violations.isEmpty()) {
      throw new ValidationFailedException(violations);
    }
  }

  private Intervention require(InterventionId id) {
    return store.find(id).orElseThrow(() -> new NotFoundException("Intervention", id));
  }

  private void refuseDuplicate(String code, InterventionId self) {
    store
        .findIdByCode(code)
        .filter(existing -> !existing.equals(self))
        .ifPresent(
            existing -> {
              throw new ConflictException("Intervention code already used: " + code.strip());
            });
  }

  private static List<CoverageStore.NewRow> newRows(List<CoverageDraft> rows) {
    return rows.stream()
        .map(
            r ->
                new CoverageStore.NewRow(
                    sn.convergence.geography.PCode.of(r.pcode()),
                    r.resolvePeriod().orElseThrow(),
                    r.planned(),
                    r.reached(),
                    BeneficiaryUnit.parse(r.unit()),
                    r.budgetXof(),
                    r.source()))
        .toList();
  }
}
