package sn.convergence.bench;

/**
 * One benchmark, run by {@link Benchmarks}. To add one, put a public class with a public
 * no-argument constructor implementing this interface in {@code sn.convergence.bench}; it is found
 * by a classpath scan and can be run alone with {@code ./scripts/bench.sh <name>}.
 *
 * <p>The runner calls {@link #setUp()} once, then {@link #run()} for the plan's warm-up and
 * measured iterations ({@link BenchPlan#operations()} calls per iteration), then {@link
 * #tearDown()}. Warm-up lasts at least the plan's warm-up iterations and at least {@link
 * #minWarmUp()}. It reports the median wall-clock time and the median CPU time of the running
 * thread per operation over the measured iterations.
 */
public interface BenchCase {

  /** Short name used on the command line and in the report, for example {@code resolve-name}. */
  String name();

  /** What one operation is, for the report, for example "one name resolved". */
  String operation();

  /** How many iterations to warm up and measure. */
  BenchPlan plan();

  /** The shortest warm-up, whatever the number of warm-up iterations; none by default. */
  default java.time.Duration minWarmUp() {
    return java.time.Duration.ZERO;
  }

  /** Prepares state shared by all operations (data, a Spring context, a built jar...). */
  default void setUp() throws Exception {}

  /**
   * One operation. Return something computed from the work so that the JIT cannot drop it; the
   * runner folds it into a checksum it prints.
   */
  Object run() throws Exception;

  /** Prepares one iteration (a file to import...), outside the timed part; nothing by default. */
  default void beforeIteration() throws Exception {}

  default void tearDown() throws Exception {}
}
