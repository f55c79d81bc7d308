package sn.convergence.geography;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PCodeTest {

  @ParameterizedTest
  @ValueSource(strings = {"SN", "SN01", "sn0101", " SN010101 ", "SN012345678901", "ML01"})
  void acceptsTwoLettersFollowedByAtMostTwelveDigits(String text) {
    assertThat(PCode.looksLike(text)).isTrue();
    assertThat(PCode.of(text).value()).isEqualTo(text.strip().toUpperCase(java.util.Locale.ROOT));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "S",
        "S1",
        "1SN",
        "SN0123456789012",
        "SN-01",
        "SN 01",
        "SÉ01",
        "SN٠١",
        "SN01A",
        "ANSD"
      })
  void refusesOtherShapes(String text) {
    assertThat(PCode.looksLike(text)).isFalse();
    assertThatThrownBy(() -> PCode.of(text)).isInstanceOf(IllegalArgumentException.class);
  }
}
