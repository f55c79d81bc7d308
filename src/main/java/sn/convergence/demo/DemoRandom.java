package sn.convergence.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded draws. Each part of the generator takes its own stream, derived from the seed and a name,
 * so that changing one programme does not shift the figures of the others.
 */
final class DemoRandom {

  private final SplittableRandom random;

  private DemoRandom(long seed) {
    this.random = new SplittableRandom(seed);
  }

  static DemoRandom of(long seed, String stream) {
    long mixed = seed * 0x9E3779B97F4A7C15L + stream.hashCode();
    return new DemoRandom(mixed ^ (mixed >>> 31));
  }

  /** Uniform in [lo, hi). */
  double between(double lo, double hi) {
    return lo + (hi - lo) * random.nextDouble();
  }

  /** Uniform in [lo, hi], both inclusive. */
  int intBetween(int lo, int hi) {
    return lo + random.nextInt(hi - lo + 1);
  }

  long longBetween(long lo, long hi) {
    return lo + random.nextLong(hi - lo + 1);
  }

  boolean chance(double probability) {
    return random.nextDouble() < probability;
  }

  <T> T pick(List<T> items) {
    return items.get(random.nextInt(items.size()));
  }

  /** A shuffled copy (Fisher-Yates). */
  <T> List<T> shuffled(List<T> items) {
    List<T> copy = new ArrayList<>(items);
    for (int i = copy.size() - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      T swap = copy.get(i);
      copy.set(i, copy.get(j));
      copy.set(j, swap);
    }
    return copy;
  }
}
