package sn.convergence.ingest.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import sn.convergence.ingest.Period;
import sn.convergence.ingest.Quantity;
import sn.convergence.ingest.normalize.NumberParser;
import sn.convergence.ingest.normalize.PeriodParser;

/**
 * The cell parsers never throw, whatever the text: a number or a reason for its absence, a period
 * with ordered dates or nothing. Regression mode (every {@code mvn test}) replays the inputs under
 * {@code src/test/resources/sn/convergence/ingest/fuzz/ParserFuzzTestInputs}; see the README to
 * fuzz.
 */
class ParserFuzzTest {

  @FuzzTest(maxDuration = "60s")
  void numberParserNeverThrows(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    for (NumberParser.Style style : NumberParser.Style.values()) {
      Quantity quantity = NumberParser.parse(text, style);
      assertThat(quantity).isNotNull();
      assertThat(quantity.isPresent()).isEqualTo(quantity.missing() == null);
    }
  }

  @FuzzTest(maxDuration = "60s")
  void periodParserNeverThrows(byte[] input) {
    Optional<Period> period = PeriodParser.parse(new String(input, StandardCharsets.UTF_8));
    assertThat(period).isNotNull();
    period.filter(Period::hasYear).ifPresent(p -> assertThat(p.end()).isAfterOrEqualTo(p.start()));
  }
}
