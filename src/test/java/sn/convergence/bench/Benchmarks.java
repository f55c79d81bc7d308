package sn.convergence.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;

/**
 * Runs the benchmarks of this package on demand, never in {@code mvn verify}: {@code
 * ./scripts/bench.sh [name...]}. A name selects the benchmark of that name and those whose name
 * starts with it and a dash ({@code presence} runs {@code presence-calculator} and {@code
 * presence-report}). Prints the machine, then per benchmark the median, minimum and maximum
 * wall-clock time per operation over the measured iterations, and the median CPU time of the
 * running thread per operation (what the work costs when other processes share the machine).
 */
public final class Benchmarks {

  private Benchmarks() {}

  public static void main(String[] args) throws Exception {
    List<BenchCase> cases = discover();
    List<String> wanted = Arrays.asList(args);
    List<BenchCase> selected =
        cases.stream().filter(c -> wanted.isEmpty() || selects(wanted, c.name())).toList();
    if (selected.isEmpty()) {
      System.err.println(
          "No benchmark named "
              + wanted
              + "; known: "
              + cases.stream().map(BenchCase::name).toList());
      System.exit(2);
    }
    printMachine();
    for (BenchCase bench : selected) {
      System.out.println(measure(bench));
    }
  }

  static boolean selects(List<String> wanted, String name) {
    return wanted.stream().anyMatch(w -> name.equals(w) || name.startsWith(w + "-"));
  }

  /** The timings of one benchmark, in nanoseconds per operation: wall-clock and thread CPU. */
  record Result(
      String name,
      String operation,
      BenchPlan plan,
      double[] nanosPerOp,
      double[] cpuNanosPerOp,
      long check) {

    double median() {
      return median(nanosPerOp);
    }

    double cpuMedian() {
      return median(cpuNanosPerOp);
    }

    static double median(double[] values) {
      double[] sorted = values.clone();
      Arrays.sort(sorted);
      int mid = sorted.length / 2;
      return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    @Override
    public String toString() {
      double min = Arrays.stream(nanosPerOp).min().orElse(0);
      double max = Arrays.stream(nanosPerOp).max().orElse(0);
      return String.format(
          Locale.ROOT,
          "%-24s median %s per %s (min %s, max %s; cpu median %s; %d x %d ops after %d"
              + " warm-up) [check %d]",
          name,
          human(median()),
          operation,
          human(min),
          human(max),
          human(cpuMedian()),
          plan.iterations(),
          plan.operations(),
          plan.warmups(),
          check);
    }
  }

  static Result measure(BenchCase bench) throws Exception {
    BenchPlan plan = bench.plan();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    bench.setUp();
    try {
      long check = 0;
      long warmUpEnd = System.nanoTime() + bench.minWarmUp().toNanos();
      for (int i = 0; i < plan.warmups() || System.nanoTime() - warmUpEnd < 0; i++) {
        bench.beforeIteration();
        check += iteration(bench, plan.operations());
      }
      double[] nanos = new double[plan.iterations()];
      double[] cpu = new double[plan.iterations()];
      for (int i = 0; i < plan.iterations(); i++) {
        bench.beforeIteration();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        check += iteration(bench, plan.operations());
        nanos[i] = (System.nanoTime() - start) / (double) plan.operations();
        cpu[i] = (threads.getCurrentThreadCpuTime() - cpuStart) / (double) plan.operations();
      }
      return new Result(bench.name(), bench.operation(), plan, nanos, cpu, check);
    } finally {
      bench.tearDown();
    }
  }

  private static long iteration(BenchCase bench, int operations) throws Exception {
    long check = 0;
    for (int i = 0; i < operations; i++) {
      check += Objects.hashCode(bench.run());
    }
    return check;
  }

  static List<BenchCase> discover() throws ReflectiveOperationException {
    ClassPathScanningCandidateComponentProvider scanner =
        new ClassPathScanningCandidateComponentProvider(false);
    scanner.addIncludeFilter(new AssignableTypeFilter(BenchCase.class));
    List<BenchCase> cases = new ArrayList<>();
    for (BeanDefinition found : scanner.findCandidateComponents("sn.convergence.bench")) {
      Class<?> type = Class.forName(found.getBeanClassName());
      cases.add((BenchCase) type.getDeclaredConstructor().newInstance());
    }
    cases.sort(Comparator.comparing(BenchCase::name));
    return cases;
  }

  private static void printMachine() {
    Runtime rt = Runtime.getRuntime();
    System.out.println("Machine");
    System.out.println("  processors : " + rt.availableProcessors());
    System.out.println("  cpu        : " + cpuModel());
    System.out.println("  load avg   : " + loadAverage());
    System.out.println(
        "  java       : "
            + System.getProperty("java.vm.name")
            + " "
            + System.getProperty("java.runtime.version"));
    System.out.println("  max heap   : " + rt.maxMemory() / (1024 * 1024) + " MiB");
    System.out.println(
        "  jvm args   : " + ManagementFactory.getRuntimeMXBean().getInputArguments());
    System.out.println("Results");
  }

  private static String cpuModel() {
    try {
      return Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
          .filter(l -> l.startsWith("model name"))
          .map(l -> l.substring(l.indexOf(':') + 1).strip())
          .findFirst()
          .orElse("unknown");
    } catch (java.io.IOException e) {
      return "unknown (" + e.getMessage() + ")";
    }
  }

  /** The 1, 5 and 15 minute load averages, to judge how busy the shared machine was. */
  private static String loadAverage() {
    try {
      String[] fields = Files.readString(Path.of("/proc/loadavg")).strip().split("\\s+");
      return fields[0] + " " + fields[1] + " " + fields[2];
    } catch (java.io.IOException e) {
      return "unknown (" + e.getMessage() + ")";
    }
  }

  static String human(double nanos) {
    if (nanos >= 1e9) {
      return String.format(Locale.ROOT, "%.2f s", nanos / 1e9);
    }
    if (nanos >= 1e6) {
      return String.format(Locale.ROOT, "%.2f ms", nanos / 1e6);
    }
    if (nanos >= 1e3) {
      return String.format(Locale.ROOT, "%.2f µs", nanos / 1e3);
    }
    return String.format(Locale.ROOT, "%.0f ns", nanos);
  }
}
