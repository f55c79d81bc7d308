package sn.convergence.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PeriodTest {

  @ParameterizedTest
  @CsvSource({
    "2021, 2021, 2021-01-01, 2021-12-31",
    "2021-Q2, 2021-Q2, 2021-04-01, 2021-06-30",
    "2021q4, 2021-Q4, 2021-10-01, 2021-12-31",
    "2021-06, 2021-06, 2021-06-01, 2021-06-30",
    "2024-02, 2024-02, 2024-02-01, 2024-02-29",
    "2019/2020, 2019/2020, 2019-10-01, 2020-07-31",
    "2015S, 2015S, 2015-06-01, 2015-10-31",
    "2021-01-15/2021-03-31, 2021-01-15/2021-03-31, 2021-01-15, 2021-03-31"
  })
  void parsesEachDocumentedLabel(String label, String canonical, LocalDate start, LocalDate end) {
    assertThat(Period.parse(label)).isEqualTo(new Period(canonical, start, end));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", "21", "2021-13", "2021-Q5", "2019/2021", "2021-03-31/2021-01-01", "T1 2021"})
  void refusesMalformedLabels(String label) {
    assertThat(Period.tryParse(label)).isEmpty();
    assertThatThrownBy(() -> Period.parse(label)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void schoolYearOverlapsBothCalendarYearsButNotTheNext() {
    Period schoolYear = Period.parse("2019/2020");
    assertThat(schoolYear.overlapsYear(2019)).isTrue();
    assertThat(schoolYear.overlapsYear(2020)).isTrue();
    assertThat(schoolYear.overlapsYear(2021)).isFalse();
  }

  @Test
  void explicitDatesAreLabelledAsAnIsoInterval() {
    Period period = Period.between(LocalDate.of(2022, 5, 1), LocalDate.of(2022, 7, 31));
    assertThat(period.label()).isEqualTo("2022-05-01/2022-07-31");
    assertThat(Period.parse(period.label())).isEqualTo(period);
  }
}
