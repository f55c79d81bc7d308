package sn.convergence.demo.raw;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded draws for the raw layer. Each part takes its own stream, derived from the seed and a name,
 * so that changing one partner file does not shift the others.
 */
final class Draws {

  private final SplittableRandom random;

  private Draws(long seed) {
    this.random = new SplittableRandom(seed);
  }

  static Draws of(long seed, String stream) {
    long mixed = seed * 0x9E3779B97F4A7C15L + stream.hashCode() * 31L + 7;
    return new Draws(mixed ^ (mixed >>> 29));
  }

  double between(double lo, double hi) {
    return lo + (hi - lo) * random.nextDouble();
  }

  int intBetween(int lo, int hi) {
    return lo + random.nextInt(hi - lo + 1);
  }

  boolean chance(double probability) {
    return random.nextDouble() < probability;
  }

  <T> T pick(List<T> items) {
    return items.get(random.nextInt(items.size()));
  }

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

  /** Splits a total into {@code parts} positive integer shares (random weights), summing to it. */
  long[] split(long total, int parts) {
    double[] weights = new double[parts];
    double sum = 0;
    for (int i = 0; i < parts; i++) {
      weights[i] = between(0.5, 1.5);
      sum += weights[i];
    }
    long[] shares = new long[parts];
    long given = 0;
    for (int i = 0; i < parts - 1; i++) {
      shares[i] = Math.max(1, Math.round(total * weights[i] / sum));
      given += shares[i];
    }
    shares[parts - 1] = total - given;
    return shares;
  }
}
