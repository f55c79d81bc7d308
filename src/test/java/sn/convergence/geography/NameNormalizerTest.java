package sn.convergence.geography;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameNormalizerTest {

  @Test
  void foldsAccentsCaseApostrophesAndHyphens() {
    assertThat(NameNormalizer.normalize("Ranérou-Ferlo")).isEqualTo("ranerou ferlo");
    assertThat(NameNormalizer.normalize("M’BACKÉ")).isEqualTo("m backe");
    assertThat(NameNormalizer.normalize("  Nioro   du_Rip ")).isEqualTo("nioro du rip");
  }

  @Test
  void repairsUtf8ReadAsLatin1() {
    assertThat(NameNormalizer.normalize("SÃ©dhiou")).isEqualTo("sedhiou");
    assertThat(NameNormalizer.normalize("ThiÃ¨s")).isEqualTo("thies");
  }

  @Test
  void dropsAdministrativePrefixes() {
    assertThat(NameNormalizer.normalize("Département de Podor")).isEqualTo("podor");
    assertThat(NameNormalizer.normalize("Dept. Matam")).isEqualTo("matam");
    assertThat(NameNormalizer.normalize("Région de Kolda")).isEqualTo("kolda");
  }

  @Test
  void keepsAnEmptyKeyForMissingNames() {
    assertThat(NameNormalizer.normalize(null)).isEmpty();
    assertThat(NameNormalizer.normalize(" \u00a0")).isEmpty();
  }
}
