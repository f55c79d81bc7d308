package sn.convergence.ingest.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecentAnswersTest {

  @Test
  void computesEachKeyOnceWhileItIsRemembered() {
    List<String> asked = new ArrayList<>();
    RecentAnswers<String, Integer> lengths = new RecentAnswers<>(10);

    lengths.get("Matam", k -> record(asked, k));
    lengths.get("Podor", k -> record(asked, k));
    Integer again = lengths.get("Matam", k -> record(asked, k));

    assertThat(again).isEqualTo(5);
    assertThat(asked).containsExactly("Matam", "Podor");
  }

  @Test
  void forgetsTheLeastRecentlyUsedKeyBeyondItsCapacity() {
    List<String> asked = new ArrayList<>();
    RecentAnswers<String, Integer> lengths = new RecentAnswers<>(2);

    lengths.get("a", k -> record(asked, k));
    lengths.get("b", k -> record(asked, k));
    lengths.get("a", k -> record(asked, k));
    lengths.get("c", k -> record(asked, k));
    lengths.get("a", k -> record(asked, k));
    lengths.get("b", k -> record(asked, k));

    assertThat(asked).containsExactly("a", "b", "c", "b");
  }

  @Test
  void doesNotRememberANullAnswer() {
    List<String> asked = new ArrayList<>();
    RecentAnswers<String, Integer> none = new RecentAnswers<>(10);

    none.get("x", k -> record(asked, null));
    none.get("x", k -> record(asked, null));

    assertThat(asked).hasSize(2);
  }

  private static Integer record(List<String> asked, String key) {
    asked.add(String.valueOf(key));
    return key == null ? null : key.length();
  }
}
