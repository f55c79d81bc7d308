package sn.convergence.ingest.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import sn.convergence.ingest.normalize.PeriodParser;
import sn.convergence.registry.Period;

class ExchangePeriodsTest {

  @ParameterizedTest
  @CsvSource({
    "2021, 2021",
    "2021-Q2, 2021-Q2",
    "2021-06, 2021-06",
    "2015S, 2015S",
    "2019/2020, 2019/2020"
  })
  void writesEveryRegistryPeriodSoThatTheImportReadsTheSameDates(String label, String written) {
    Period period = Period.parse(label);

    String text = ExchangePeriods.text(period);

    assertThat(text).isEqualTo(written);
    sn.convergence.ingest.Period read = PeriodParser.parse(text).orElseThrow();
    assertThat(read.start()).isEqualTo(period.start());
    assertThat(read.end()).isEqualTo(period.end());
    assertThat(read.label()).isEqualTo(label);
  }

  @Test
  void writesAnExplicitIntervalAsItsIsoLabelWhichReadsBack() {
    Period interval = Period.between(LocalDate.of(2021, 1, 15), LocalDate.of(2021, 3, 31));

    assertThat(ExchangePeriods.text(interval)).isEqualTo("2021-01-15/2021-03-31");
    assertThat(ExchangePeriods.readsBackAs("2021-01-15/2021-03-31", interval)).isTrue();
  }
}
