package sn.convergence.ingest.normalize;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The last answers of a pure function, at most {@code capacity} of them, the least recently used
 * forgotten first. Files repeat the same cell texts over many rows, so one run reads each distinct
 * text once. Not thread-safe: one per import run. Null answers are not kept.
 */
public final class RecentAnswers<K, V> {

  private final Map<K, V> answers;

  public RecentAnswers(int capacity) {
    this.answers =
        new LinkedHashMap<>(Math.min(capacity, 256), 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
            return size() > capacity;
          }
        };
  }

  /** The remembered answer for the key, else {@code compute}'s, remembered. */
  public V get(K key, Function<K, V> compute) {
    V known = answers.get(key);
    if (known == null) {
      known = compute.apply(key);
      if (known != null) {
        answers.put(key, known);
      }
    }
    return known;
  }
}
