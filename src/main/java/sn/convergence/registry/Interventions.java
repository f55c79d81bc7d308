package sn.convergence.registry;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import sn.convergence.actors.Organisations;
import sn.convergence.geography.AdminUnits;
import sn.convergence.registry.internal.CoverageStore;
import sn.convergence.registry.internal.InterventionFilter;
import sn.convergence.registry.internal.InterventionStore;
import sn.convergence.system.ConflictException;
import sn.convergence.system.FieldViolation;
import sn.convergence.system.NotFoundException;
import sn.convergence.system.ValidationFailedException;

/**
 * The registry's use cases for interventions, for the API, pages, imports and the demo loader.
 * Every write runs in one transaction after {@link InterventionValidator} has accepted the whole
 * draft, so a rejected request stores nothing. Writes need the ADMIN, COORDINATOR or PARTNER role;
 * batch callers without a user (demo loader, command line) must run with such an authentication. A
 * duplicate code raises {@link ConflictException}.
 */
@Service
public class Interventions {

  static final String WRITERS = "hasAnyRole('ADMIN','COORDINATOR','PARTNER')";

  private final InterventionStore store;
  private final CoverageStore coverage;
  private final Taxonomy taxonomy;
  private final Organisations organisations;
  private final AdminUnits adminUnits;
  private final Clock clock = Clock.systemUTC();

  Interventions(
      InterventionStore store,
      CoverageStore coverage,
      Taxonomy taxonomy,
      Organisations organisations,
      AdminUnits adminUnits) {
    this.store = store;
    this.coverage = coverage;
    this.taxonomy = taxonomy;
    this.organisations = organisations;
    this.adminUnits = adminUnits;
  }

  /** Creates an intervention with its participants and coverage rows in one call. */
  @Transactional
  @PreAuthorize(WRITERS)
  public Intervention create(InterventionDraft draft) {
    requireValid(draft);
    refuseDuplicate(draft.code(), null);
    InterventionId id = store.insert(draft, Instant.now(clock));
    coverage.insertAll(id, newRows(draft.coverage()), draft.synthetic());
    return store.find(id).orElseThrow();
  }

  /** Replaces every field, link and coverage row of the intervention. */
  @Transactional
  @PreAuthorize(WRITERS)
  public Intervention update(InterventionId id, InterventionDraft draft) {
    require(id);
    requireValid(draft);
    refuseDuplicate(draft.code(), id);
    store.update(id, draft, Instant.now(clock));
    coverage.deleteByIntervention(id);
    coverage.insertAll(id, newRows(draft.coverage()), draft.synthetic());
    return store.find(id).orElseThrow();
  }

  @Transactional
  @PreAuthorize(WRITERS)
  public void delete(InterventionId id) {
    require(id);
    store.delete(id);
  }

  /**
   * Adds many coverage rows to an existing intervention with JDBC batches; all rows are checked
   * first and none is stored when one is invalid. Returns the number of rows stored.
   */
  @Transactional
  @PreAuthorize(WRITERS)
  public int addCoverage(InterventionId id, List<CoverageDraft> rows) {
    Intervention intervention = require(id);
    List<FieldViolation> violations = validator().validateCoverage(rows);
    if (!violations.isEmpty()) {
      throw new ValidationFailedException(violations);
    }
    return coverage.insertAll(id, newRows(rows), intervention.synthetic());
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

  /** Case-insensitive. */
  @Transactional(readOnly = true)
  public Optional<Intervention> findByCode(String code) {
    if (code == null || code.isBlank()) {
      return Optional.empty();
    }
    return store.findIdByCode(code).flatMap(store::find);
  }

  /** A page of interventions matching the query, ordered by code; {@code size} is 1 to 500. */
  @Transactional(readOnly = true)
  public InterventionPage list(InterventionQuery query, int page, int size) {
    int safeSize = Math.max(1, Math.min(size, 500));
    int safePage = Math.max(0, page);
    InterventionFilter filter = filter(query);
    long total = store.count(filter);
    return new InterventionPage(
        store.list(filter, safePage * safeSize, safeSize), safePage, safeSize, total);
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

  private InterventionValidator validator() {
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
