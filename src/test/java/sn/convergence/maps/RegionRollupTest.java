package sn.convergence.maps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RegionRollupTest {

  private static final Map<String, List<String>> DEPARTMENTS =
      Map.of("SN07", List.of("SN0701", "SN0702"), "SN09", List.of("SN0901", "SN0902"));

  @Test
  void sumsCountsOfTheDepartmentsOfARegion() {
    Map<String, Double> filled =
        RegionRollup.fill(
            Map.of("SN0701", 100.0, "SN0702", 50.0, "SN0901", 10.0),
            DEPARTMENTS,
            RegionRollup.combination("PEOPLE"),
            Map.of());

    assertThat(filled).containsEntry("SN07", 150.0).doesNotContainKey("SN09");
  }

  @Test
  void weighsPercentagesByPopulation() {
    // (40 % x 300 + 10 % x 100) / 400 = 32.5 %.
    Map<String, Double> filled =
        RegionRollup.fill(
            Map.of("SN0701", 40.0, "SN0702", 10.0),
            DEPARTMENTS,
            RegionRollup.combination("PERCENT"),
            Map.of("SN0701", 300.0, "SN0702", 100.0));

    assertThat(filled.get("SN07")).isCloseTo(32.5, within(1e-9));
  }

  @Test
  void keepsARegionsOwnValueAndDoesNotCombinePhases() {
    Map<String, Double> filled =
        RegionRollup.fill(
            Map.of("SN07", 7.0, "SN0701", 100.0, "SN0702", 50.0),
            DEPARTMENTS,
            RegionRollup.Combination.SUM,
            Map.of());

    assertThat(filled).containsEntry("SN07", 7.0);
    assertThat(RegionRollup.combination("PHASE")).isNull();
  }
}
