package sn.convergence.demo.raw;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Prints measured frequencies (temporary while tuning). */
class NoiseFrequencyTest {

  @TempDir static Path directory;
  private static RawLayer layer;

  @BeforeAll
  static void generate() {
    layer =
        PartnerSubmissions.generate(
            new sn.convergence.demo.DemoGenerator(sn.convergence.demo.ReferenceDepartments.load())
                .generate(sn.convergence.demo.DemoGenerator.DEFAULT_SEED));
  }

  @Test
  void prints() {
    int rows = layer.truths().size();
    Set<String> facts =
        layer.truths().stream().flatMap(t -> t.facts().stream()).collect(Collectors.toSet());
    for (int p = 1; p <= 17; p++) {
      int problem = p;
      long withProblem =
          layer.noise().stream()
              .filter(e -> e.problem() == problem && e.row() > 0)
              .map(e -> e.file() + "|" + e.sheet() + "|" + e.row())
              .distinct()
              .count();
      System.out.printf(
          "FREQ %d rows=%d share=%.3f entries=%d%n",
          p,
          withProblem,
          (double) withProblem / rows,
          layer.noise().stream().filter(e -> e.problem() == problem).count());
    }
    System.out.println(
        "FREQ rows " + rows + " facts " + facts.size() + " files " + layer.files().size());
    assertThat(rows).isPositive();
  }
}
