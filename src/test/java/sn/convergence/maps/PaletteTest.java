package sn.convergence.maps;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PaletteTest {

  @Test
  void givesAsManyDistinctColoursAsClassesFromLightToDark() {
    for (Palette palette : Palette.values()) {
      for (int k = 1; k <= Classification.MAX_CLASSES; k++) {
        List<String> colours = palette.colours(k);
        assertThat(colours).as(palette + " " + k).hasSize(k).doesNotHaveDuplicates();
        assertThat(colours).allMatch(c -> c.matches("#[0-9a-f]{6}"));
        if (k > 1) {
          assertThat(luminance(colours.get(0)))
              .as(palette + " " + k)
              .isGreaterThan(luminance(colours.get(k - 1)));
        }
      }
    }
  }

  @Test
  void followsColorBrewerForFiveYellowGreenBlueClasses() {
    assertThat(Palette.YLGNBU.colours(5))
        .containsExactly("#ffffcc", "#a1dab4", "#41b6c4", "#2c7fb8", "#253494");
    assertThat(Palette.VIRIDIS.colours(2)).containsExactly("#fde725", "#440154");
  }

  private static double luminance(String hex) {
    int rgb = Integer.parseInt(hex.substring(1), 16);
    return 0.2126 * ((rgb >> 16) & 0xff) + 0.7152 * ((rgb >> 8) & 0xff) + 0.0722 * (rgb & 0xff);
  }
}
