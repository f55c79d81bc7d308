package sn.convergence.convergence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import sn.convergence.support.PlatformTest;

@PlatformTest
@TestPropertySource(properties = "convergence.demo.mode=true")
class DemoConvergenceIntegrationTest {

  @Autowired ComputeConvergence compute;

  @Test
  void explore() {
    ConvergenceRun run = compute.run(ConvergenceQuery.defaults(2021, 2023));
    System.out.println("INPUTS " + run.inputs());
    System.out.println("THRESH " + run.result().thresholds());
    for (UnitProfile p : run.result().units()) {
      System.out.printf(
          "%s %-20s %s %s%n",
          p.pcode(),
          p.name(),
          p.status(),
          p.scores()
              .map(
                  s ->
                      String.format(
                          "need=%.3f cov=%.3f comp=%d dup=%d gap=%.3f %s %s",
                          s.need().value(),
                          s.coverage(),
                          s.componentsPresent(),
                          s.duplications().size(),
                          s.gap(),
                          s.matchedClasses(),
                          s.components().stream()
                              .map(c -> c.code() + ":" + String.format("%.2f", c.coverage()))
                              .toList()))
              .orElse(p.missing().toString()));
    }
    run.result()
        .zones()
        .forEach(
            z ->
                System.out.println(
                    "ZONE " + z.id() + " " + z.nameFr() + " " + z.activities().size()));
    assertThat(run.result().units()).isNotEmpty();
  }
}
