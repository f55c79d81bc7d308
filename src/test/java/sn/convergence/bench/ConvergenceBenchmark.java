package sn.convergence.bench;

import java.time.Duration;
import java.util.function.Supplier;
import sn.convergence.convergence.BenchmarkInstances;
import sn.convergence.convergence.ConvergenceAnalysis;
import sn.convergence.convergence.ConvergenceInputs;
import sn.convergence.convergence.ConvergenceParameters;
import sn.convergence.convergence.ConvergenceResult;
import sn.convergence.convergence.SensitivityAnalysis;
import sn.convergence.convergence.SensitivitySettings;
import sn.convergence.geography.AdminLevel;

/**
 * The convergence engine on seeded inputs, three scenarios run by {@link Benchmarks} ({@code
 * ./scripts/bench.sh convergence} runs all three): each takes the median of 20 timed runs after a
 * warm-up of at least 10 runs and 5 s, wall-clock and thread CPU time.
 *
 * <ul>
 *   <li>{@code convergence-department}: 46 units, 5,000 facts (target &lt; 100 ms);
 *   <li>{@code convergence-commune}: 560 units, 100,000 facts (target &lt; 1 s);
 *   <li>{@code convergence-sensitivity}: 1,000 draws at department level (target &lt; 2 s).
 * </ul>
 */
public final class ConvergenceBenchmark {

  private static final BenchPlan PLAN = new BenchPlan(10, 20, 1);
  private static final Duration WARM_UP = Duration.ofSeconds(5);

  private ConvergenceBenchmark() {}

  /** Runs the three scenarios, as {@code ./scripts/bench.sh convergence} does. */
  public static void main(String[] args) throws Exception {
    Benchmarks.main(new String[] {"convergence"});
  }

  /** A cheap value computed from the result, so that the runner's checksum stays cheap. */
  private static int summary(ConvergenceResult result) {
    return 31 * result.units().size() + result.zones().size();
  }

  /** One scenario: inputs built once in {@link #setUp()}, one analysis per operation. */
  private abstract static class Scenario implements BenchCase {

    private Supplier<?> task;

    abstract Supplier<?> prepare();

    @Override
    public BenchPlan plan() {
      return PLAN;
    }

    @Override
    public Duration minWarmUp() {
      return WARM_UP;
    }

    @Override
    public void setUp() {
      task = prepare();
    }

    @Override
    public Object run() {
      return task.get();
    }
  }

  /** Department level, 46 units, 5,000 facts (target < 100 ms). */
  public static final class Department extends Scenario {

    @Override
    public String name() {
      return "convergence-department";
    }

    @Override
    public String operation() {
      return "analysis of 46 units, 5,000 facts";
    }

    @Override
    Supplier<?> prepare() {
      ConvergenceInputs inputs = BenchmarkInstances.of(46, 5_000, 1);
      ConvergenceParameters parameters =
          ConvergenceParameters.defaults(AdminLevel.DEPARTMENT, "2021");
      return () -> summary(ConvergenceAnalysis.compute(inputs, parameters));
    }
  }

  /** Commune level, 560 units, 100,000 facts (target < 1 s). */
  public static final class Commune extends Scenario {

    @Override
    public String name() {
      return "convergence-commune";
    }

    @Override
    public String operation() {
      return "analysis of 560 units, 100,000 facts";
    }

    @Override
    Supplier<?> prepare() {
      ConvergenceInputs inputs = BenchmarkInstances.of(560, 100_000, 2);
      ConvergenceParameters parameters = ConvergenceParameters.defaults(AdminLevel.COMMUNE, "2021");
      return () -> summary(ConvergenceAnalysis.compute(inputs, parameters));
    }
  }

  /** Sensitivity, 1,000 draws at department level (target < 2 s). */
  public static final class Sensitivity extends Scenario {

    @Override
    public String name() {
      return "convergence-sensitivity";
    }

    @Override
    public String operation() {
      return "sensitivity run of 1,000 draws";
    }

    @Override
    Supplier<?> prepare() {
      ConvergenceInputs inputs = BenchmarkInstances.of(46, 5_000, 1);
      ConvergenceParameters parameters =
          ConvergenceParameters.defaults(AdminLevel.DEPARTMENT, "2021");
      SensitivitySettings settings = SensitivitySettings.multiplicative(1000, 7, 0.2);
      return () -> SensitivityAnalysis.run(inputs, parameters, settings).units().size();
    }
  }
}
