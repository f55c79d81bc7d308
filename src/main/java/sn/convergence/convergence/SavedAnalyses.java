package sn.convergence.convergence;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import sn.convergence.convergence.internal.AnalysisStore;
import sn.convergence.system.NotFoundException;
import sn.convergence.system.ValidationFailedException;
import sn.convergence.system.audit.AuditAction;
import sn.convergence.system.audit.AuditTrail;

/**
 * Saved analyses: a coordinator saves the analysis of a query as computed now (the server computes
 * it, the client sends only the query); anyone lists them and reopens one later with the stored
 * result, and learns whether the current inputs would still give the same fingerprint. Saving is
 * recorded in the audit trail in the same transaction ({@value #ENTITY}, CREATE, with the name,
 * query and fingerprint; the result is not copied there).
 */
@Service
public class SavedAnalyses {

  static final String SAVERS = "hasAnyRole('ADMIN','COORDINATOR')";
  static final int MAX_NAME = 200;

  /** The entity type of saved analyses in the audit trail. */
  public static final String ENTITY = "convergence_analysis";

  /** The most analyses one page of the list holds. */
  public static final int MAX_PAGE_SIZE = 100;

  private final ComputeConvergence compute;
  private final AnalysisStore store;
  private final AuditTrail audit;
  private final Clock clock = Clock.systemUTC();

  SavedAnalyses(ComputeConvergence compute, AnalysisStore store, AuditTrail audit) {
    this.compute = compute;
    this.store = store;
    this.audit = audit;
  }

  /** A saved analysis in a list, with the fingerprint its query gives on the current inputs. */
  public record Listed(SavedAnalysisSummary analysis, String currentFingerprint) {
    public boolean sameInputs() {
      return analysis.fingerprint().equals(currentFingerprint);
    }
  }

  /** One page of the list, newest first; {@code total} counts every saved analysis. */
  public record ListPage(List<Listed> items, int page, int size, long total) {
    public boolean hasNext() {
      return (long) (page + 1) * size < total;
    }
  }

  /** What the audit trail keeps of a saved analysis. */
  record Audited(String name, ConvergenceQuery query, String fingerprint) {}

  /** A saved analysis reopened: the stored one and the fingerprint of the inputs now. */
  public record Reopened(SavedAnalysis analysis, String currentFingerprint) {
    public boolean sameInputs() {
      return analysis.fingerprint().equals(currentFingerprint);
    }
  }

  @Transactional
  @PreAuthorize(SAVERS)
  public SavedAnalysis save(String name, ConvergenceQuery query) {
    String title = name == null ? "" : name.strip();
    if (title.isEmpty() || title.length() > MAX_NAME) {
      throw new ValidationFailedException(
          List.of(
              new sn.convergence.system.FieldViolation(
                  "name", "invalid", "A name of 1 to " + MAX_NAME + " characters is required")));
    }
    ConvergenceResult result = compute.run(query).result();
    long id = store.insert(title, query, result, currentUser(), clock.instant());
    audit.record(
        AuditAction.CREATE, ENTITY, id, null, new Audited(title, query, result.fingerprint()));
    return store.find(id).orElseThrow();
  }

  /**
   * A page of saved analyses, newest first ({@code size} 1 to {@value #MAX_PAGE_SIZE}), each with
   * the fingerprint of its query on the current inputs (computed once per distinct query).
   */
  @Transactional(readOnly = true)
  public ListPage list(int page, int size) {
    int safeSize = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
    int safePage = Math.max(0, page);
    Map<ConvergenceQuery, String> current = new HashMap<>();
    List<Listed> items =
        store.list((long) safePage * safeSize, safeSize).stream()
            .map(a -> new Listed(a, current.computeIfAbsent(a.query(), compute::fingerprint)))
            .toList();
    return new ListPage(items, safePage, safeSize, store.count());
  }

  /** A saved analysis without its result. */
  @Transactional(readOnly = true)
  public Optional<SavedAnalysisSummary> summary(long id) {
    return store.findSummary(id);
  }

  @Transactional(readOnly = true)
  public Optional<SavedAnalysis> find(long id) {
    return store.find(id);
  }

  /** The stored analysis with the fingerprint its query gives on the current inputs. */
  @Transactional(readOnly = true)
  public Reopened reopen(long id) {
    SavedAnalysis saved =
        store.find(id).orElseThrow(() -> new NotFoundException("Convergence analysis", id));
    return new Reopened(saved, compute.fingerprint(saved.query()));
  }

  private static String currentUser() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    return auth == null ? "unknown" : auth.getName();
  }
}
