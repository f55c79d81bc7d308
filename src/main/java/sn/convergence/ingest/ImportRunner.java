package sn.convergence.ingest;

import jakarta.annotation.PreDestroy;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Component;

/**
 * Runs previews and commits in the background, one at a time, as the user who asked for them, so
 * pages and API clients can follow their progress. A failure marks the batch FAILED with its
 * message.
 */
@Component
public class ImportRunner {

  private static final Logger LOG = LoggerFactory.getLogger(ImportRunner.class);

  private final Imports imports;
  private final ExecutorService executor =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread thread = new Thread(r, "import-runner");
            thread.setDaemon(true);
            return thread;
          });

  ImportRunner(Imports imports) {
    this.imports = imports;
  }

  /** Queues a preview; refused at once when the batch cannot be previewed now. */
  public void preview(long id) {
    imports.queue(id, false);
    submit(id, () -> imports.preview(id, ImportProgress.Listener.NONE));
  }

  /** Queues a commit; refused at once when the batch is not previewed. */
  public void commit(long id, ImportMode mode) {
    imports.queue(id, true);
    submit(id, () -> imports.commit(id, mode, ImportProgress.Listener.NONE));
  }

  private void submit(long id, Runnable work) {
    executor.execute(
        new DelegatingSecurityContextRunnable(
            () -> {
              try {
                work.run();
              } catch (RuntimeException e) {
                LOG.warn("Import {} failed: {}", id, e.getMessage());
                imports.failed(id, e.getMessage());
              }
            }));
  }

  @PreDestroy
  void stop() {
    executor.shutdownNow();
  }
}
