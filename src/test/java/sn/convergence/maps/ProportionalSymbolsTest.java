package sn.convergence.maps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProportionalSymbolsTest {

  @Test
  void makesTheAreaProportionalToTheValue() {
    double max = 400;

    assertThat(ProportionalSymbols.radius(400.0, max)).isEqualTo(ProportionalSymbols.MAX_RADIUS);
    // A quarter of the value, a quarter of the area: half the radius.
    assertThat(ProportionalSymbols.radius(100.0, max))
        .isCloseTo(ProportionalSymbols.MAX_RADIUS / 2, within(1e-9));
    assertThat(ProportionalSymbols.radius(0.0, max)).isZero();
    assertThat(ProportionalSymbols.radius(null, max)).isZero();
    assertThat(ProportionalSymbols.radius(5.0, 0)).isZero();
  }

  @Test
  void takesTheLargestKnownValueAsTheMaximum() {
    Map<String, Double> values = new HashMap<>();
    values.put("SN0701", 500.0);
    values.put("SN0702", 100.0);
    values.put("SN0703", null);

    assertThat(ProportionalSymbols.max(values)).isEqualTo(500.0);
    assertThat(ProportionalSymbols.max(Map.of())).isZero();
  }

  @Test
  void roundsTheLegendValuesDownToOneTwoTwoAndAHalfOrFiveTimesAPowerOfTen() {
    // 87,452: 50,000; a quarter 21,863 -> 20,000; a sixteenth 5,466 -> 5,000.
    assertThat(ProportionalSymbols.legendValues(87_452))
        .containsExactly(50_000.0, 20_000.0, 5_000.0);
    // 500: 500; 125 -> 100; 31.25 -> 25.
    assertThat(ProportionalSymbols.legendValues(500)).containsExactly(500.0, 100.0, 25.0);
    assertThat(ProportionalSymbols.legendValues(0)).isEmpty();
  }

  @Test
  void keepsOnlyDistinctDecreasingLegendValues() {
    // 1: 1; 0.25 -> 0.25; 0.0625 -> 0.05.
    assertThat(ProportionalSymbols.legendValues(1)).containsExactly(1.0, 0.25, 0.05);
    assertThat(ProportionalSymbols.niceAtMost(7)).isEqualTo(5.0);
    assertThat(ProportionalSymbols.niceAtMost(2.2)).isEqualTo(2.0);
  }
}
