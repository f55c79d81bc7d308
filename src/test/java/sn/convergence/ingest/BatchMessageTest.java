package sn.convergence.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BatchMessageTest {

  @Test
  void saysWhyInFrenchAndEnglishAndReadsBackWhatItStored() {
    BatchMessage refused = new BatchMessage(BatchMessage.Reason.ROWS_WITH_ERRORS, "12");
    assertThat(refused.fr())
        .isEqualTo("12 lignes ont des erreurs : rien n'a été écrit (tout ou rien).");
    assertThat(refused.en()).isEqualTo("12 rows have errors: nothing written (all-or-nothing).");
    assertThat(BatchMessage.decode(refused.encode())).isEqualTo(refused);
    assertThat(BatchMessage.decode(BatchMessage.of(BatchMessage.Reason.NO_VALID_ROW).encode()).fr())
        .isEqualTo("Aucune ligne valide à importer.");
  }

  @Test
  void aTextStoredByAnOlderVersionIsAFailureWithThatText() {
    BatchMessage old = BatchMessage.decode("No valid row to import");
    assertThat(old.reason()).isEqualTo(BatchMessage.Reason.FAILED);
    assertThat(old.fr()).isEqualTo("Le traitement a échoué : No valid row to import");
    assertThat(BatchMessage.decode(null)).isNull();
  }
}
