package sn.convergence.maps.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class BarChartTest {

  @Test
  void drawsBarsProportionalToTheirValues() {
    String svg =
        BarChart.render(
            "Par région",
            List.of(new BarChart.Bar("Dakar", 10), new BarChart.Bar("Kolda", 5)),
            "#2c7fb8",
            Locale.ENGLISH);

    // 640 - 150 - 110 = 380 px for the largest bar.
    assertThat(svg).contains("width=\"380.0\"").contains("width=\"190.0\"");
    assertThat(svg).contains(">Dakar</text>").contains(">10</text>").contains("Par région");
    assertThat(svg).doesNotContain("style=");
  }
}
