package sn.convergence.convergence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import sn.convergence.geography.AdminLevel;

/** The engine's default package and synergy rules name codes of the registry's taxonomy. */
class EngineDefaultsTest {

  @Test
  void packageAndSynergiesUseRegistryFamiliesAndTypes() throws IOException {
    Set<String> families = codes("families.csv");
    Set<String> types = codes("types.csv");
    ConvergenceParameters p = ConvergenceParameters.defaults(AdminLevel.DEPARTMENT, "2021");
    Stream<InterventionSelector> selectors =
        Stream.concat(
            p.integratedPackage().stream().map(PackageComponent::selector),
            p.synergyRules().stream().flatMap(r -> Stream.of(r.sideA(), r.sideB())));
    selectors.forEach(
        s -> {
          assertThat(families).containsAll(s.families());
          assertThat(types).containsAll(s.types());
        });
  }

  @Test
  void synergyRulesUseRegistryTargetGroups() throws IOException {
    Set<String> groups = codes("target-groups.csv");
    List<String> used =
        SynergyRule.defaults().stream()
            .flatMap(r -> r.compatibleGroupPairs().stream())
            .flatMap(List::stream)
            .distinct()
            .toList();
    assertThat(used).isNotEmpty();
    assertThat(groups).containsAll(used);
  }

  @Test
  void needIndicatorsAndDenominatorsAreContextIndicatorCodes() throws IOException {
    String migration;
    try (InputStream in =
        EngineDefaultsTest.class.getResourceAsStream("/db/migration/common/V50__context.sql")) {
      assertThat(in).isNotNull();
      migration = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Stream.concat(
            ConvergenceParameters.defaults(AdminLevel.DEPARTMENT, "2021").needIndicators().stream()
                .map(NeedIndicator::code),
            Stream.of(
                "POPULATION", "POVERTY_RATE", "HOUSEHOLD_SIZE", "SCHOOL_AGE_CHILDREN", "SCHOOLS"))
        .forEach(code -> assertThat(migration).contains("('" + code + "'"));
  }

  private static Set<String> codes(String file) throws IOException {
    try (InputStream in =
        EngineDefaultsTest.class.getResourceAsStream("/reference/registry/" + file)) {
      assertThat(in).as(file).isNotNull();
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return Arrays.stream(text.split("\\R"))
          .skip(1)
          .filter(line -> !line.isBlank())
          .map(line -> line.split(",", 2)[0].strip())
          .collect(Collectors.toSet());
    }
  }
}
