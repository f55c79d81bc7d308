package sn.convergence.registry;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import sn.convergence.geography.PCode;
import sn.convergence.registry.internal.CoverageStore;
import sn.convergence.registry.internal.ImportedCoverageStore;
import sn.convergence.registry.internal.ImportedCoverageStore.FactUpdate;
import sn.convergence.registry.internal.ImportedCoverageStore.StoredFact;
import sn.convergence.registry.internal.InterventionStore;
import sn.convergence.registry.internal.ReportedFactStore;
import sn.convergence.system.ConflictException;
import sn.convergence.system.FieldViolation;
import sn.convergence.system.ValidationFailedException;
import sn.convergence.system.audit.AuditAction;
import sn.convergence.system.audit.AuditTrail;

/**
 * The registry's side of an import: interventions are found by code, created SUBMITTED when new,
 * and their coverage facts are created or updated by identity (unit, period label, beneficiary
 * unit), so re-importing a source updates instead of duplicating; a fact whose figures are the same
 * is left as it is (its source too). Every fact created or changed points to the import batch and
 * every replaced value is kept, so {@link #undo} can take a whole batch back. The same permissions
 * as hand edits apply (partners: own organisation, unlocked years). {@link #plan} says what {@link
 * #apply} would do without writing.
 */
@Service
public class CoverageImports {

  private final InterventionStore store;
  private final CoverageStore coverage;
  private final ImportedCoverageStore imported;
  private final ReportedFactStore reported;
  private final Interventions interventions;
  private final InterventionPermissions permissions;
  private final AuditTrail audit;
  private final Clock clock = Clock.systemUTC();

  CoverageImports(
      InterventionStore store,
      CoverageStore coverage,
      ImportedCoverageStore imported,
      ReportedFactStore reported,
      Interventions interventions,
      InterventionPermissions permissions,
      AuditTrail audit) {
    this.store = store;
    this.coverage = coverage;
    this.imported = imported;
    this.reported = reported;
    this.interventions = interventions;
    this.permissions = permissions;
    this.audit = audit;
  }

  /**
   * The facts already recorded for the interventions with these codes, whatever their review
   * status: an import compares its own facts with them to name a figure another source reported.
   */
  @Transactional(readOnly = true)
  @PreAuthorize(Interventions.WRITERS)
  public List<ReportedFact> reportedFacts(java.util.Collection<String> codes) {
    return reported.ofCodes(codes);
  }

  /** What {@link #apply} would do, and which interventions it would refuse. Writes nothing. */
  @Transactional(readOnly = true)
  public ImportEffect plan(List<ImportedIntervention> items) {
    return run(items, null);
  }

  /**
   * Applies every item in the caller's transaction; refuses the whole list with {@link
   * ValidationFailedException} when the registry rejects one item, which rolls the transaction back
   * (items written before the rejected one included).
   */
  @Transactional
  @PreAuthorize(Interventions.WRITERS)
  public ImportEffect apply(long batchId, List<ImportedIntervention> items) {
    ImportEffect done = applyAccepted(batchId, items);
    if (!done.rejected().isEmpty()) {
      List<FieldViolation> all = new ArrayList<>();
      done.rejected().forEach(r -> all.addAll(prefixed(r)));
      throw new ValidationFailedException(all);
    }
    return done;
  }

  /**
   * Writes the items the registry accepts and lists the others as rejected, in the caller's
   * transaction; the caller decides whether the rejections mean rolling back.
   */
  @Transactional
  @PreAuthorize(Interventions.WRITERS)
  public ImportEffect applyAccepted(long batchId, List<ImportedIntervention> items) {
    return run(items, batchId);
  }

  /**
   * Takes a committed batch back: restores the values it replaced, removes the facts it created and
   * the interventions it created that no fact refers to any more. Refused with {@link
   * ConflictException} when a later batch changed the same facts (undo that one first).
   */
  @Transactional
  @PreAuthorize(Interventions.WRITERS)
  public ImportEffect.Undone undo(long batchId) {
    if (imported.laterWork(batchId) > 0) {
      throw new ConflictException(
          "A later import changed facts of import " + batchId + ": undo the later import first");
    }
    int restored = imported.restore(batchId);
    int removed = imported.deleteFacts(batchId);
    List<InterventionId> empty = imported.emptyInterventionsCreatedBy(batchId);
    for (InterventionId id : empty) {
      Intervention before = store.find(id).orElseThrow();
      permissions.checkEdit(before);
      store.delete(id);
      audit.recordImport(
          AuditAction.DELETE, InterventionPermissions.ENTITY, id.value(), before, null, batchId);
    }
    return new ImportEffect.Undone(removed, restored, empty.size());
  }

  private ImportEffect run(List<ImportedIntervention> items, Long batchId) {
    Tally tally = new Tally();
    for (ImportedIntervention item : items) {
      Optional<InterventionId> existing = store.findIdByCode(item.code());
      List<CoverageDraft> facts = distinct(item.facts());
      if (existing.isEmpty()) {
        create(item, facts, batchId, tally);
      } else {
        merge(existing.get(), item.code(), facts, batchId, tally);
      }
    }
    return tally.effect();
  }

  private void create(
      ImportedIntervention item, List<CoverageDraft> facts, Long batchId, Tally tally) {
    InterventionDraft draft = withCoverage(item.draft(), facts);
    List<FieldViolation> violations = new ArrayList<>(interventions.validate(draft));
    violations.addAll(
        refusal(
            () -> {
              permissions.checkCreate(draft);
              permissions.checkCoverageChange(null, List.of(), facts);
            }));
    if (!violations.isEmpty()) {
      tally.rejected.add(new ImportEffect.Rejection(item.code(), violations));
      return;
    }
    tally.interventionsCreated++;
    tally.factsCreated += facts.size();
    if (batchId != null) {
      Instant now = Instant.now(clock);
      InterventionId id =
          store.insert(
              draft, now, Review.createdAs(ReviewStatus.SUBMITTED, AuditTrail.currentUser(), now));
      imported.markCreatedBy(id, batchId);
      coverage.insertAll(id, newRows(facts), draft.synthetic(), batchId);
      audit.recordImport(
          AuditAction.CREATE,
          InterventionPermissions.ENTITY,
          id.value(),
          null,
          new ImportAudit(item.code(), draft.title(), facts.size(), List.of()),
          batchId);
    }
  }

  private void merge(
      InterventionId id, String code, List<CoverageDraft> facts, Long batchId, Tally tally) {
    Intervention before = store.find(id).orElseThrow();
    List<FieldViolation> violations =
        new ArrayList<>(interventions.validator().validateCoverage(facts));
    Map<String, StoredFact> stored = new LinkedHashMap<>();
    imported.facts(id).forEach(f -> stored.put(key(f.pcode(), f.periodLabel(), f.unit()), f));
    List<CoverageDraft> added = new ArrayList<>();
    List<FactUpdate> updates = new ArrayList<>();
    if (violations.isEmpty()) {
      sort(facts, stored, added, updates);
    }
    java.util.Set<Long> updatedIds =
        updates.stream().map(u -> u.previous().id()).collect(java.util.stream.Collectors.toSet());
    List<Coverage> replaced =
        before.coverage().stream().filter(c -> updatedIds.contains(c.id())).toList();
    List<CoverageDraft> touched = new ArrayList<>(added);
    updates.forEach(u -> touched.add(draftOf(u)));
    violations.addAll(
        refusal(
            () -> {
              permissions.checkEdit(before);
              permissions.checkCoverageChange(id, replaced, touched);
            }));
    if (!violations.isEmpty()) {
      tally.rejected.add(new ImportEffect.Rejection(code, violations));
      return;
    }
    tally.factsCreated += added.size();
    tally.factsUpdated += updates.size();
    tally.factsUnchanged += facts.size() - added.size() - updates.size();
    if (added.isEmpty() && updates.isEmpty()) {
      return;
    }
    tally.interventionsChanged++;
    if (batchId != null) {
      imported.update(updates, batchId);
      coverage.insertAll(id, newRows(added), before.synthetic(), batchId);
      backToSubmittedAfterPartnerImport(before);
      audit.recordImport(
          AuditAction.UPDATE,
          InterventionPermissions.ENTITY,
          id.value(),
          null,
          new ImportAudit(code, before.title(), added.size(), updates),
          batchId);
    }
  }

  /** What the audit trail keeps of an imported intervention: counts and each value replaced. */
  record ImportAudit(String code, String title, int factsCreated, List<FactUpdate> factsUpdated) {}

  private static void sort(
      List<CoverageDraft> facts,
      Map<String, StoredFact> stored,
      List<CoverageDraft> added,
      List<FactUpdate> updates) {
    for (CoverageDraft fact : facts) {
      StoredFact previous = stored.get(key(fact));
      if (previous == null) {
        added.add(fact);
        continue;
      }
      String source = fact.source() == null ? previous.source() : fact.source().strip();
      boolean same =
          Objects.equals(previous.planned(), fact.planned())
              && Objects.equals(previous.reached(), fact.reached())
              && Objects.equals(previous.budgetXof(), fact.budgetXof());
      if (!same) {
        updates.add(
            new FactUpdate(previous, fact.planned(), fact.reached(), fact.budgetXof(), source));
      }
    }
  }

  private void backToSubmittedAfterPartnerImport(Intervention before) {
    if (!permissions.caller().coordinates() && before.review().status() != ReviewStatus.SUBMITTED) {
      store.saveReview(
          before.id(), before.review().submitted(AuditTrail.currentUser(), Instant.now(clock)));
    }
  }

  private static CoverageDraft draftOf(FactUpdate update) {
    StoredFact p = update.previous();
    return new CoverageDraft(
        p.pcode(),
        p.periodLabel(),
        null,
        null,
        update.planned(),
        update.reached(),
        p.unit(),
        update.budgetXof(),
        update.source());
  }

  /** The facts with one row per identity (the first wins; the planner merges sources before). */
  private static List<CoverageDraft> distinct(List<CoverageDraft> facts) {
    Map<String, CoverageDraft> byKey = new LinkedHashMap<>();
    for (CoverageDraft fact : facts) {
      byKey.putIfAbsent(key(fact), fact);
    }
    return List.copyOf(byKey.values());
  }

  private static String key(CoverageDraft fact) {
    String label = fact.resolvePeriod().map(Period::label).orElse(String.valueOf(fact.period()));
    return key(fact.pcode(), label, fact.unit());
  }

  private static String key(String pcode, String periodLabel, String unit) {
    BeneficiaryUnit parsed = BeneficiaryUnit.parse(unit);
    return (pcode == null ? "" : pcode.strip().toUpperCase(java.util.Locale.ROOT))
        + "|"
        + periodLabel
        + "|"
        + (parsed == null ? unit : parsed.name());
  }

  private static InterventionDraft withCoverage(InterventionDraft d, List<CoverageDraft> facts) {
    return new InterventionDraft(
        d.code(),
        d.title(),
        d.description(),
        d.types(),
        d.modality(),
        d.conditionality(),
        d.deliveryMechanism(),
        d.targetGroups(),
        d.startDate(),
        d.endDate(),
        d.status(),
        d.scalingStage(),
        d.policyAnchor(),
        d.participants(),
        facts,
        d.source(),
        d.synthetic());
  }

  private static List<FieldViolation> refusal(Runnable check) {
    try {
      check.run();
      return List.of();
    } catch (AccessDeniedException e) {
      return List.of(new FieldViolation("permission", "forbidden", e.getMessage()));
    }
  }

  private static List<FieldViolation> prefixed(ImportEffect.Rejection rejection) {
    return rejection.violations().stream()
        .map(v -> new FieldViolation(rejection.code() + "." + v.field(), v.code(), v.message()))
        .toList();
  }

  private static List<CoverageStore.NewRow> newRows(List<CoverageDraft> rows) {
    return rows.stream()
        .map(
            r ->
                new CoverageStore.NewRow(
                    PCode.of(r.pcode()),
                    r.resolvePeriod().orElseThrow(),
                    r.planned(),
                    r.reached(),
                    BeneficiaryUnit.parse(r.unit()),
                    r.budgetXof(),
                    r.source()))
        .toList();
  }

  /** Counts while the items are planned or applied. */
  private static final class Tally {
    int interventionsCreated;
    int interventionsChanged;
    int factsCreated;
    int factsUpdated;
    int factsUnchanged;
    final List<ImportEffect.Rejection> rejected = new ArrayList<>();

    ImportEffect effect() {
      return new ImportEffect(
          interventionsCreated,
          interventionsChanged,
          factsCreated,
          factsUpdated,
          factsUnchanged,
          rejected);
    }
  }
}
