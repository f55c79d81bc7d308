package sn.convergence.ingest.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import sn.convergence.ingest.Period;
import sn.convergence.ingest.Period.Precision;

class PeriodParserTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "2022|2022|2022-01-01|2022-12-31|YEAR",
        "2021-2022|2021-2022|2021-01-01|2022-12-31|YEARS",
        "2021/22|2021-2022|2021-01-01|2022-12-31|YEARS",
        "2021 – 2023|2021-2023|2021-01-01|2023-12-31|YEARS",
        "T1 2026|2026-Q1|2026-01-01|2026-03-31|QUARTER",
        "2021-Q2|2021-Q2|2021-04-01|2021-06-30|QUARTER",
        "Q4 2020|2020-Q4|2020-10-01|2020-12-31|QUARTER",
        "2e trimestre 2021|2021-Q2|2021-04-01|2021-06-30|QUARTER",
        "S2 2022|2022-S2|2022-07-01|2022-12-31|SEMESTER",
        "juin 2021|2021-06|2021-06-01|2021-06-30|MONTH",
        "Juin 2021|2021-06|2021-06-01|2021-06-30|MONTH",
        "févr. 2020|2020-02|2020-02-01|2020-02-29|MONTH",
        "June 2021|2021-06|2021-06-01|2021-06-30|MONTH",
        "06/2021|2021-06|2021-06-01|2021-06-30|MONTH",
        "2021-06|2021-06|2021-06-01|2021-06-30|MONTH",
        "18/06/2021|2021-06-18|2021-06-18|2021-06-18|DAY",
        "18-06-21|2021-06-18|2021-06-18|2021-06-18|DAY",
        "2021-06-18|2021-06-18|2021-06-18|2021-06-18|DAY",
        "44365|2021-06-18|2021-06-18|2021-06-18|DAY",
        "année scolaire 2019-2020|2019/2020|2019-10-01|2020-07-31|SCHOOL_YEAR",
        "Année scolaire 2019/20|2019/2020|2019-10-01|2020-07-31|SCHOOL_YEAR",
        "hivernage 2018|2018S|2018-06-01|2018-10-31|SEASON",
        "campagne 2015|2015S|2015-06-01|2015-10-31|SEASON",
        "campagne agricole 2015/2016|2015S|2015-06-01|2015-10-31|SEASON",
        "2015S|2015S|2015-06-01|2015-10-31|SEASON"
      })
  void readsPeriodsAsPartnersWriteThem(
      String raw, String label, LocalDate start, LocalDate end, Precision precision) {
    Period period = PeriodParser.parse(raw).orElseThrow();
    assertThat(period).isEqualTo(new Period(label, start, end, precision));
  }

  @Test
  void keepsAMonthWithoutYearAsPeriodWithoutDates() {
    Period period = PeriodParser.parse("June").orElseThrow();
    assertThat(period.hasYear()).isFalse();
    assertThat(period.precision()).isEqualTo(Precision.NO_YEAR);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"voir rapport", "31/02/2021", "2025-2019", "12345", "13/2021", "'  '"})
  void refusesWhatIsNotAPeriod(String raw) {
    assertThat(PeriodParser.parse(raw)).isEmpty();
  }

  @Test
  void joinsStartAndEndDates() {
    Period start = PeriodParser.parse("01/03/2021").orElseThrow();
    Period end = PeriodParser.parse("2021-06-30").orElseThrow();
    Period span = start.through(end);
    assertThat(span.start()).isEqualTo(LocalDate.of(2021, 3, 1));
    assertThat(span.end()).isEqualTo(LocalDate.of(2021, 6, 30));
  }
}
