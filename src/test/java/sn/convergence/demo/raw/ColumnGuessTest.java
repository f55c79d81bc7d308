package sn.convergence.demo.raw;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import sn.convergence.ingest.ColumnGuess;
import sn.convergence.ingest.Field;
import sn.convergence.ingest.SavedProfile;

/** The guesses for unrecognised headers, on the demo partners' real headers. */
class ColumnGuessTest {

  private final ColumnGuess withoutProfiles = new ColumnGuess(List.of());

  @Test
  void guessesTheFieldOfEveryHeaderTheDemoProfilesMap() {
    List<String> wrong = new ArrayList<>();
    ColumnProfiles.all()
        .forEach(
            (profile, headers) ->
                headers.forEach(
                    (header, field) -> {
                      Field guessed = withoutProfiles.of(header).orElse(null);
                      if (guessed != Field.valueOf(field)) {
                        wrong.add(profile + " / " + header + ": " + guessed + " for " + field);
                      }
                    }));
    assertThat(wrong).isEmpty();
  }

  @Test
  void aSavedProfileOutvotesTheWordsAndUnknownHeadersGetNoGuess() {
    SavedProfile men =
        new SavedProfile(
            "MEN",
            Map.of("Nombre d'écoles", Field.TARGETED),
            "u",
            java.time.Instant.EPOCH,
            "u",
            java.time.Instant.EPOCH);
    assertThat(new ColumnGuess(List.of(men)).of("NOMBRE D'ECOLES")).contains(Field.TARGETED);
    assertThat(withoutProfiles.of("Nombre d'écoles")).contains(Field.REACHED);
    assertThat(withoutProfiles.of("Observations")).isEmpty();
    assertThat(withoutProfiles.of(null)).isEmpty();
  }
}
