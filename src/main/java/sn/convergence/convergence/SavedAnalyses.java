package sn.convergence.convergence;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import sn.convergence.convergence.internal.AnalysisStore;
import sn.convergence.system.NotFoundException;
import sn.convergence.system.ValidationFailedException;

/**
 * Saved analyses: a coordinator saves the analysis of a query as computed now (the server computes
 * it, the client sends only the query); anyone reopens it later with the stored result and learns
 * whether the current inputs would still give the same fingerprint.
 */
@Service
public class SavedAnalyses {

  static final String SAVERS = "hasAnyRole('ADMIN','COORDINATOR')";
  static final int MAX_NAME = 200;

  private final ComputeConvergence compute;
  private final AnalysisStore store;
  private final Clock clock = Clock.systemUTC();

  SavedAnalyses(ComputeConvergence compute, AnalysisStore store) {
    this.compute = compute;
    this.store = store;
  }

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
    return store.find(id).orElseThrow();
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
