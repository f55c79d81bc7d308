package sn.convergence.ingest;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import sn.convergence.actors.Organisation;
import sn.convergence.actors.OrganisationDraft;
import sn.convergence.actors.OrganisationId;
import sn.convergence.actors.OrganisationQuery;
import sn.convergence.actors.Organisations;
import sn.convergence.geography.AdminUnits;
import sn.convergence.geography.PCode;
import sn.convergence.geography.UnitShapes;
import sn.convergence.ingest.commit.AliasKind;
import sn.convergence.ingest.commit.ImportOptions;
import sn.convergence.ingest.commit.ImportPlan;
import sn.convergence.ingest.commit.NewOrganisation;
import sn.convergence.ingest.commit.OrganisationMatcher;
import sn.convergence.ingest.commit.PlannedIntervention;
import sn.convergence.ingest.commit.TextKey;
import sn.convergence.ingest.commit.TypeMatcher;
import sn.convergence.ingest.internal.AliasStore;
import sn.convergence.ingest.internal.BatchStore;
import sn.convergence.ingest.internal.UploadFiles;
import sn.convergence.registry.CoverageImports;
import sn.convergence.registry.ImportEffect;
import sn.convergence.registry.ImportedIntervention;
import sn.convergence.registry.InterventionPermissions;
import sn.convergence.registry.TargetGroup;
import sn.convergence.registry.Taxonomy;
import sn.convergence.system.ConflictException;
import sn.convergence.system.FieldViolation;
import sn.convergence.system.NotFoundException;
import sn.convergence.system.audit.AuditAction;
import sn.convergence.system.audit.AuditTrail;

/**
 * The import use cases: receive a file as a batch, preview it, commit it, undo it, and confirm a
 * match so later imports remember it. A preview runs the whole commit in a transaction that is
 * rolled back, so its counts are exactly what a commit would do and nothing is written. A commit
 * writes everything in one transaction or nothing: organisations to create, interventions
 * (SUBMITTED when new) and facts, each pointing to the batch. Mode ALL_OR_NOTHING refuses a file
 * with any row in error; VALID_ROWS_ONLY writes the rest. Partners see and change only their own
 * batches; coordinators and administrators all.
 */
@Service
public class Imports {

  static final String WRITERS = "hasAnyRole('ADMIN','COORDINATOR','PARTNER')";
  static final String ENTITY = "import_batch";

  private final BatchStore batches;
  private final AliasStore aliases;
  private final ColumnProfiles profiles;
  private final UploadFiles files;
  private final ImportProgress progress;
  private final AdminUnits adminUnits;
  private final UnitShapes shapes;
  private final Organisations organisations;
  private final Taxonomy taxonomy;
  private final CoverageImports registry;
  private final InterventionPermissions permissions;
  private final AuditTrail audit;
  private final TransactionTemplate transactions;
  private final OtherSources otherSources;
  private final Clock clock = Clock.systemUTC();

  Imports(
      BatchStore batches,
      AliasStore aliases,
      ColumnProfiles profiles,
      UploadFiles files,
      ImportProgress progress,
      AdminUnits adminUnits,
      UnitShapes shapes,
      Organisations organisations,
      Taxonomy taxonomy,
      CoverageImports registry,
      InterventionPermissions permissions,
      AuditTrail audit,
      PlatformTransactionManager transactionManager) {
    this.batches = batches;
    this.aliases = aliases;
    this.profiles = profiles;
    this.files = files;
    this.progress = progress;
    this.adminUnits = adminUnits;
    this.shapes = shapes;
    this.organisations = organisations;
    this.taxonomy = taxonomy;
    this.registry = registry;
    this.permissions = permissions;
    this.audit = audit;
    this.transactions = new TransactionTemplate(transactionManager);
    this.otherSources = new OtherSources(registry, batches, adminUnits);
  }

  /** Stores the file as a new batch (RECEIVED); the format comes from its first bytes. */
  @PreAuthorize(WRITERS)
  public ImportBatch receive(String name, InputStream content, ImportOptions options) {
    if (options.profile() != null) {
      options = options.withProfile(profiles.require(options.profile()).name());
    }
    UploadFiles.Received received = files.receive(content);
    if (received.size() == 0) {
      files.discard(received);
      throw new IllegalArgumentException("The file is empty");
    }
    SourceFile.Format format = FormatSniffer.format(received.head(), name);
    long id =
        batches.insert(
            name == null || name.isBlank() ? "import" : name.strip(),
            format,
            received.sha256(),
            received.size(),
            options,
            AuditTrail.currentUser(),
            Instant.now(clock));
    files.keep(received, id);
    return require(id);
  }

  /** Reads the batch's file and records what a commit would do; writes nothing else. */
  @PreAuthorize(WRITERS)
  public ImportBatch preview(long id, ImportProgress.Listener listener) {
    ImportBatch batch = requireOwn(id);
    requireStatus(
        batch,
        BatchStatus.RECEIVED,
        BatchStatus.PREVIEWED,
        BatchStatus.FAILED,
        BatchStatus.STAGING);
    return run(batch, batch.options(), false, listener);
  }

  /**
   * Writes the batch to the registry in one transaction, in the mode given: after a preview, or
   * straight from a received file (the command line's {@code --commit}), reading it once.
   */
  @PreAuthorize(WRITERS)
  public ImportBatch commit(long id, ImportMode mode, ImportProgress.Listener listener) {
    ImportBatch batch = requireOwn(id);
    requireStatus(batch, BatchStatus.RECEIVED, BatchStatus.PREVIEWED, BatchStatus.COMMITTING);
    ImportOptions options = batch.options().withMode(mode);
    return run(batch, options, true, listener);
  }

  /**
   * Marks the batch as waiting for a background preview ({@code commit} false) or commit, so that
   * its page shows it busy at once; refused when the batch is not in a state that allows it.
   */
  @PreAuthorize(WRITERS)
  public void queue(long id, boolean commit) {
    ImportBatch batch = requireOwn(id);
    if (commit) {
      requireStatus(batch, BatchStatus.PREVIEWED);
    } else {
      requireStatus(batch, BatchStatus.RECEIVED, BatchStatus.PREVIEWED, BatchStatus.FAILED);
    }
    batches.status(id, commit ? BatchStatus.COMMITTING : BatchStatus.STAGING, null);
  }

  /** Takes a committed batch back as a whole (see {@link CoverageImports#undo}). */
  @PreAuthorize(WRITERS)
  public ImportBatch undo(long id) {
    ImportBatch batch = requireOwn(id);
    requireStatus(batch, BatchStatus.COMMITTED);
    transactions.executeWithoutResult(
        tx -> {
          ImportEffect.Undone undone = registry.undo(id);
          batches.undone(id, AuditTrail.currentUser(), Instant.now(clock));
          audit.recordImport(AuditAction.IMPORT_UNDONE, ENTITY, id, null, undone, id);
        });
    files.delete(id);
    return require(id);
  }

  /**
   * Remembers that {@code text} in files means {@code target} (an organisation acronym, a type
   * code, an intervention code for an activity name, or for units a P-code), then previews the
   * batch again.
   */
  @PreAuthorize(WRITERS)
  public ImportBatch confirm(long id, String kind, String text, String target) {
    ImportBatch batch = requireOwn(id);
    requireStatus(batch, BatchStatus.PREVIEWED, BatchStatus.FAILED);
    if (text == null || text.isBlank() || target == null || target.isBlank()) {
      throw new IllegalArgumentException("A text and a target are required");
    }
    switch (kind == null ? "" : kind.strip().toUpperCase(java.util.Locale.ROOT)) {
      case "UNIT" -> adminUnits.confirmAlias(PCode.of(target.strip()), text);
      case "ORGANISATION" -> confirmOrganisation(text, target);
      case "TYPE" -> confirmType(text, target);
      case "INTERVENTION" -> confirmIntervention(text, target);
      default -> throw new IllegalArgumentException("Unknown kind: " + kind);
    }
    return run(require(id), batch.options(), false, ImportProgress.Listener.NONE);
  }

  /**
   * Maps columns the batch's report named as not recognised: the headers are added to the named
   * column profile (created when new), the batch now uses that profile, and it is previewed again.
   */
  @PreAuthorize(WRITERS)
  public ImportBatch mapColumns(long id, String profile, Map<String, Field> headers) {
    ImportBatch batch = requireOwn(id);
    requireStatus(batch, BatchStatus.PREVIEWED, BatchStatus.FAILED);
    SavedProfile saved = profiles.save(profile, headers);
    ImportOptions options = batch.options().withProfile(saved.name());
    batches.options(id, options);
    return run(require(id), options, false, ImportProgress.Listener.NONE);
  }

  @PreAuthorize(WRITERS)
  public Optional<ImportBatch> find(long id) {
    return batches.find(id).filter(this::visible);
  }

  /** The latest batches the caller may see. */
  @PreAuthorize(WRITERS)
  public List<ImportBatch> list(int limit) {
    return batches.list(permissions.canReview() ? null : AuditTrail.currentUser(), limit);
  }

  public Optional<ImportProgress.Snapshot> progress(long id) {
    return progress.of(id);
  }

  /** Marks a batch whose background work failed while busy; its message says why. */
  void failed(long id, String message) {
    if (batches.find(id).map(b -> b.status().busy()).orElse(false)) {
      batches.status(id, BatchStatus.FAILED, BatchMessage.failed(message));
    }
    progress.finish(id);
  }

  private ImportBatch run(
      ImportBatch batch, ImportOptions options, boolean write, ImportProgress.Listener listener) {
    long id = batch.id();
    if (!files.exists(id)) {
      throw new ConflictException("The file of import " + id + " is no longer kept");
    }
    batches.status(id, write ? BatchStatus.COMMITTING : BatchStatus.STAGING, null);
    ImportProgress.Listener tracked = progress.track(id, listener);
    try {
      SourceFile file = new SourceFile(files.path(id), batch.sourceName(), batch.format());
      BatchAnalysis.Result analysis = analysis(options).run(file, options, tracked);
      Outcome outcome =
          transactions.execute(
              tx -> {
                Outcome result =
                    apply(
                        id,
                        new OtherSources(registry, batches, adminUnits)
                            .compare(analysis, batch.sourceName()),
                        options,
                        write,
                        tracked);
                if (!result.written()) {
                  tx.setRollbackOnly();
                }
                return result;
              });
      Instant now = Instant.now(clock);
      if (outcome.written()) {
        batches.committed(id, options, outcome.report(), AuditTrail.currentUser(), now);
        files.delete(id);
      } else {
        BatchStatus status =
            outcome.report().rows().fatal() ? BatchStatus.FAILED : BatchStatus.PREVIEWED;
        batches.report(id, status, outcome.report(), now);
        if (write) {
          batches.status(id, status, outcome.refusal());
        }
      }
      tracked.update(ImportProgress.Phase.DONE, 1, 1);
      return require(id);
    } catch (RuntimeException e) {
      batches.status(id, BatchStatus.FAILED, BatchMessage.failed(e.getMessage()));
      throw e;
    } finally {
      progress.finish(id);
    }
  }

  /** What one pass produced; {@code refusal} says why a requested commit wrote nothing. */
  private record Outcome(BatchReport report, boolean written, BatchMessage refusal) {}

  private Outcome apply(
      long id,
      BatchAnalysis.Result analysis,
      ImportOptions options,
      boolean write,
      ImportProgress.Listener listener) {
    ImportPlan plan = analysis.plan();
    Map<String, OrganisationId> ids = createOrganisations(plan.organisations());
    List<ImportedIntervention> items = new ArrayList<>();
    Map<String, PlannedIntervention> byCode = new HashMap<>();
    for (PlannedIntervention planned : plan.interventions()) {
      items.add(planned.toImported(ids));
      byCode.put(planned.code(), planned);
    }
    listener.update(ImportProgress.Phase.WRITING, 0, plan.factCount());
    if (write && !analysis.report().committable(options.mode())) {
      return new Outcome(
          report(analysis, plan, registry.plan(items), byCode, items.size()),
          false,
          refusalMessage(analysis.report(), options.mode()));
    }
    // One pass over the registry: a preview plans, a commit writes what the registry accepts and
    // the caller rolls everything back when the refusals make the file uncommittable in its mode.
    ImportEffect effect = write ? registry.applyAccepted(id, items) : registry.plan(items);
    BatchReport report =
        report(analysis, plan, effect, byCode, items.size() - effect.rejected().size());
    if (!write) {
      return new Outcome(report, false, null);
    }
    if (!report.rows().committable(options.mode())) {
      return new Outcome(report, false, refusalMessage(report.rows(), options.mode()));
    }
    for (IatiActivity activity : analysis.activities()) {
      batches.saveIatiActivity(
          id,
          activity.identifier(),
          sn.convergence.ingest.commit.IatiPlanner.code(activity.identifier()),
          activity);
    }
    audit.recordImport(AuditAction.IMPORT, ENTITY, id, null, summary(id, report), id);
    listener.update(ImportProgress.Phase.WRITING, plan.factCount(), plan.factCount());
    return new Outcome(report, true, null);
  }

  /** The report: staging issues, then one refusal per intervention the registry refused. */
  private static BatchReport report(
      BatchAnalysis.Result analysis,
      ImportPlan plan,
      ImportEffect effect,
      Map<String, PlannedIntervention> byCode,
      int interventions) {
    List<Issue> refusals = new ArrayList<>();
    long refusedRows = 0;
    for (ImportEffect.Rejection rejection : effect.rejected()) {
      PlannedIntervention p = byCode.get(rejection.code());
      refusedRows += p == null ? 1 : p.facts().size();
      refusals.add(
          Issue.of(
              IssueCode.REGISTRY_REFUSED,
              p == null ? Issue.Location.FILE : p.origin(),
              rejection.code(),
              describe(rejection.violations())));
    }
    ImportReport rows = analysis.report().withLaterIssues(refusals, refusedRows);
    return new BatchReport(rows, effect, plan.organisations(), interventions, plan.factCount());
  }

  private static Map<String, Object> summary(long id, BatchReport report) {
    Map<String, Object> out = new java.util.LinkedHashMap<>();
    out.put("batch", id);
    out.put("source", report.rows().source());
    out.put("effect", report.effect());
    out.put("organisationsCreated", report.organisationsCreated());
    return out;
  }

  private static BatchMessage refusalMessage(ImportReport rows, ImportMode mode) {
    if (rows.fatal()) {
      return BatchMessage.of(BatchMessage.Reason.FILE_UNREADABLE);
    }
    if (rows.rowsValid() == 0) {
      return BatchMessage.of(BatchMessage.Reason.NO_VALID_ROW);
    }
    return mode == ImportMode.ALL_OR_NOTHING
        ? new BatchMessage(
            BatchMessage.Reason.ROWS_WITH_ERRORS, String.valueOf(rows.rowsWithErrors()))
        : BatchMessage.of(BatchMessage.Reason.NOTHING_TO_WRITE);
  }

  private Map<String, OrganisationId> createOrganisations(List<NewOrganisation> wanted) {
    Map<String, OrganisationId> ids = new HashMap<>();
    for (Organisation known : organisations.list(OrganisationQuery.all())) {
      ids.put(TextKey.of(known.acronym()), known.id());
    }
    for (NewOrganisation o : wanted) {
      Organisation created =
          organisations.create(
              new OrganisationDraft(o.acronym(), o.name(), o.type(), null, o.iatiRef(), false));
      ids.put(TextKey.of(created.acronym()), created.id());
    }
    return ids;
  }

  private BatchAnalysis analysis(ImportOptions options) {
    List<Organisation> known = organisations.list(OrganisationQuery.all());
    return new BatchAnalysis(
        options.profile() == null ? null : profiles.require(options.profile()),
        adminUnits,
        shapes,
        new OrganisationMatcher(known, aliases.all(AliasKind.ORGANISATION)),
        new TypeMatcher(taxonomy.types(), aliases.all(AliasKind.TYPE)),
        taxonomy.types(),
        taxonomy.targetGroups().stream().map(TargetGroup::code).collect(Collectors.toSet()),
        aliases.all(AliasKind.INTERVENTION));
  }

  private void confirmOrganisation(String text, String acronym) {
    Organisation target =
        organisations
            .findByAcronym(acronym)
            .orElseThrow(() -> new IllegalArgumentException("Unknown organisation: " + acronym));
    transactions.executeWithoutResult(
        tx ->
            aliases.save(
                AliasKind.ORGANISATION,
                TextKey.of(text),
                text,
                target.acronym(),
                AuditTrail.currentUser(),
                Instant.now(clock)));
  }

  /**
   * An activity name designates an intervention code: rows naming it join that intervention (an
   * existing one, or a new one created with this code), as a file's intervention-code column does.
   */
  private void confirmIntervention(String text, String code) {
    String target = code.strip().toUpperCase(java.util.Locale.ROOT);
    if (!target.matches("[A-Z0-9][A-Z0-9_.\\-]{0,59}")) {
      throw new IllegalArgumentException("Not an intervention code: " + code);
    }
    transactions.executeWithoutResult(
        tx ->
            aliases.save(
                AliasKind.INTERVENTION,
                TextKey.of(text),
                text,
                target,
                AuditTrail.currentUser(),
                Instant.now(clock)));
  }

  private void confirmType(String text, String code) {
    String type = code.strip().toUpperCase(java.util.Locale.ROOT);
    if (taxonomy.type(type).isEmpty()) {
      throw new IllegalArgumentException("Unknown intervention type: " + code);
    }
    transactions.executeWithoutResult(
        tx ->
            aliases.save(
                AliasKind.TYPE,
                TextKey.of(text),
                text,
                type,
                AuditTrail.currentUser(),
                Instant.now(clock)));
  }

  private static String describe(List<FieldViolation> violations) {
    return violations.stream()
        .map(v -> v.field() + " " + v.message())
        .limit(5)
        .collect(Collectors.joining("; "));
  }

  private ImportBatch require(long id) {
    return batches.find(id).orElseThrow(() -> new NotFoundException("Import", id));
  }

  private ImportBatch requireOwn(long id) {
    ImportBatch batch = require(id);
    if (!visible(batch)) {
      throw new NotFoundException("Import", id);
    }
    return batch;
  }

  private boolean visible(ImportBatch batch) {
    return permissions.canReview()
        || java.util.Objects.equals(batch.createdBy(), AuditTrail.currentUser());
  }

  private static void requireStatus(ImportBatch batch, BatchStatus... allowed) {
    for (BatchStatus status : allowed) {
      if (batch.status() == status) {
        return;
      }
    }
    throw new ConflictException("Import " + batch.id() + " is " + batch.status());
  }
}
