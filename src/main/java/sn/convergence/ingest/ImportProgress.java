package sn.convergence.ingest;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Progress of the imports running in this process, for the page, the API and the command line: the
 * phase and the rows read so far, and for the write phase the facts written out of how many.
 */
@Component
public class ImportProgress {

  /** The phases of a preview or commit. */
  public enum Phase {
    READING,
    MATCHING,
    WRITING,
    DONE
  }

  /** A snapshot; {@code total} is 0 while unknown. */
  public record Snapshot(Phase phase, long done, long total) {

    /** Percentage when the total is known, else -1. */
    public int percent() {
      return total <= 0 ? -1 : (int) Math.min(100, done * 100 / total);
    }
  }

  /** Receives progress as work goes on. */
  public interface Listener {
    void update(Phase phase, long done, long total);

    Listener NONE = (phase, done, total) -> {};
  }

  private final Map<Long, Snapshot> running = new ConcurrentHashMap<>();

  public Optional<Snapshot> of(long batchId) {
    return Optional.ofNullable(running.get(batchId));
  }

  /** A listener recording the batch's progress and passing it on to {@code also}. */
  public Listener track(long batchId, Listener also) {
    return (phase, done, total) -> {
      running.put(batchId, new Snapshot(phase, done, total));
      also.update(phase, done, total);
    };
  }

  public void finish(long batchId) {
    running.remove(batchId);
  }
}
