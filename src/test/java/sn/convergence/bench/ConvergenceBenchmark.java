package sn.convergence.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import sn.convergence.convergence.BenchmarkInstances;
import sn.convergence.convergence.ConvergenceAnalysis;
import sn.convergence.convergence.ConvergenceInputs;
import sn.convergence.convergence.ConvergenceParameters;
import sn.convergence.convergence.SensitivityAnalysis;
import sn.convergence.convergence.SensitivitySettings;
import sn.convergence.geography.AdminLevel;

/**
 * On-demand benchmark of the convergence engine (not a test). Prints the median of 20 timed runs
 * after a warm-up (at least 10 runs and 5 s) for each scenario: wall-clock time, and the thread's
 * CPU time (which is what the engine costs when the machine is shared and busy). Run after {@code
 * mvn -q test-compile}:
 *
 * <pre>
 * java -cp target/classes:target/test-classes:$(cat cp.txt) sn.convergence.bench.ConvergenceBenchmark
 * </pre>
 *
 * where {@code cp.txt} comes from {@code mvn -q dependency:build-classpath
 * -Dmdep.outputFile=cp.txt}.
 */
public final class ConvergenceBenchmark {

  private static final int WARM_UP = 10;
  private static final long WARM_UP_NANOS = 5_000_000_000L;
  private static final int RUNS = 20;

  private ConvergenceBenchmark() {}

  public static void main(String[] args) {
    ConvergenceInputs departments = BenchmarkInstances.of(46, 5_000, 1);
    ConvergenceInputs communes = BenchmarkInstances.of(560, 100_000, 2);
    ConvergenceParameters atDepartment =
        ConvergenceParameters.defaults(AdminLevel.DEPARTMENT, "2021");
    ConvergenceParameters atCommune = ConvergenceParameters.defaults(AdminLevel.COMMUNE, "2021");
    List<String> lines = new ArrayList<>();
    lines.add(
        report(
            "department level, 46 units, 5,000 facts (target < 100 ms)",
            () -> ConvergenceAnalysis.compute(departments, atDepartment)));
    lines.add(
        report(
            "commune level, 560 units, 100,000 facts (target < 1 s)",
            () -> ConvergenceAnalysis.compute(communes, atCommune)));
    lines.add(
        report(
            "sensitivity, 1,000 draws, department level (target < 2 s)",
            () ->
                SensitivityAnalysis.run(
                    departments, atDepartment, SensitivitySettings.multiplicative(1000, 7, 0.2))));
    lines.forEach(System.out::println);
  }

  private static String report(String label, Supplier<?> task) {
    long warmUpEnd = System.nanoTime() + WARM_UP_NANOS;
    for (int i = 0; i < WARM_UP || System.nanoTime() < warmUpEnd; i++) {
      task.get();
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    double[] wall = new double[RUNS];
    double[] cpu = new double[RUNS];
    for (int i = 0; i < RUNS; i++) {
      long cpuStart = threads.getCurrentThreadCpuTime();
      long start = System.nanoTime();
      task.get();
      wall[i] = (System.nanoTime() - start) / 1e6;
      cpu[i] = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6;
    }
    return String.format(
        Locale.ROOT,
        "%-60s wall median %7.1f ms (min %.1f) | cpu median %7.1f ms",
        label,
        median(wall),
        Arrays.stream(wall).min().orElseThrow(),
        median(cpu));
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return (sorted[RUNS / 2 - 1] + sorted[RUNS / 2]) / 2;
  }
}
