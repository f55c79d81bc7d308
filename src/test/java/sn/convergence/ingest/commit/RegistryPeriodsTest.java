package sn.convergence.ingest.commit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import sn.convergence.ingest.normalize.PeriodParser;
import sn.convergence.registry.Period;

class RegistryPeriodsTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2021",
        "2021-Q2",
        "2021-06",
        "2019/2020",
        "2015S",
        "2020-09-04/2020-12-04",
        "2021-06-18/2021-06-18"
      })
  void everyRegistryLabelReadBackGivesTheSameRegistryPeriod(String label) {
    Period registry = Period.parse(label);

    Period read = RegistryPeriods.of(PeriodParser.parse(label).orElseThrow());

    assertThat(read).isEqualTo(registry);
  }

  @ParameterizedTest
  @ValueSource(strings = {"2019/2021", "2021-2022", "2021/22"})
  void otherSpansStayReadable(String label) {
    assertThat(PeriodParser.parse(label)).isPresent();
  }
}
