package sn.convergence.maps.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import sn.convergence.maps.MapLayer;

class LayerViewsTest {

  private final LayerViews views = new LayerViews(messages(), null);

  @Test
  void startsTheNextClassAtTheNextWholeNumberForCounts() {
    assertThat(label(0, 5, 5, true)).isEqualTo("5");
    assertThat(label(1, 5, 6, true)).isEqualTo("6");
    assertThat(label(2, 6, 9, true)).isEqualTo("7 – 9");
  }

  @Test
  void marksTheExcludedLowerBoundOfDecimalClasses() {
    assertThat(label(0, 0.5, 12.25, false)).isEqualTo("0.5 – 12.2");
    assertThat(label(1, 12.25, 1500, false)).isEqualTo("> 12.2 – 1,500");
  }

  private String label(int index, double from, double to, boolean counts) {
    return views.legendLabel(
        new MapLayer.LegendClass(index, from, to, "#ffffff", 1), counts, Locale.ENGLISH);
  }

  private static StaticMessageSource messages() {
    StaticMessageSource source = new StaticMessageSource();
    source.addMessage("maps.legend.range", Locale.ENGLISH, "{0} – {1}");
    source.addMessage("maps.legend.above", Locale.ENGLISH, "> {0} – {1}");
    return source;
  }
}
