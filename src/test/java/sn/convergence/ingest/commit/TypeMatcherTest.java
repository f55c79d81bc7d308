package sn.convergence.ingest.commit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import sn.convergence.registry.InterventionType;
import sn.convergence.registry.Label;

class TypeMatcherTest {

  private static InterventionType type(String code, String fr, String en) {
    return new InterventionType(code, "F", new Label(fr, en), null, null);
  }

  private final TypeMatcher matcher =
      new TypeMatcher(
          List.of(
              type(
                  "FAMILY_GRANT", "Bourses de sécurité familiale (PNBSF)", "Family grants (PNBSF)"),
              type("MUTUAL", "Mutuelles de santé (CMU)", "Mutual health insurance (CMU)"),
              type("FREE_CARE", "Gratuité des soins (CMU)", "Free health care (CMU)"),
              type("GRADUATION", "Inclusion productive (Yokk Koom Koom)", "Productive inclusion")),
          Map.of());

  @Test
  void aProgrammeShortNameInOneLabelOnlyMeansThatType() {
    assertThat(matcher.match(null, "PNBSF").target()).isEqualTo("FAMILY_GRANT");
    assertThat(matcher.match(null, "PNBSF").guessed()).isFalse();
    assertThat(matcher.match(null, "Yokk Koom Koom").target()).isEqualTo("GRADUATION");
  }

  @Test
  void aShortNameSeveralTypesShareIsNotAnExactMatch() {
    Matched cmu = matcher.match(null, "CMU");
    assertThat(cmu.found() && !cmu.guessed()).isFalse();
  }
}
