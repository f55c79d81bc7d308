package sn.convergence.demo;

import java.time.LocalDate;

/** A labelled period of a coverage fact (formats of the demo spec, section 5). */
record Period(String label, LocalDate start, LocalDate end) {

  static Period year(int year) {
    return new Period(Integer.toString(year), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
  }

  /** School year starting in October of {@code firstYear}, for example {@code 2019/2020}. */
  static Period schoolYear(int firstYear) {
    return new Period(
        firstYear + "/" + (firstYear + 1),
        LocalDate.of(firstYear, 10, 1),
        LocalDate.of(firstYear + 1, 7, 31));
  }

  /** Agricultural season June-October, for example {@code 2015S}. */
  static Period season(int year) {
    return new Period(year + "S", LocalDate.of(year, 6, 1), LocalDate.of(year, 10, 31));
  }

  static Period quarter(int year, int quarter) {
    LocalDate start = LocalDate.of(year, 3 * quarter - 2, 1);
    return new Period(year + "-Q" + quarter, start, start.plusMonths(3).minusDays(1));
  }

  static Period month(int year, int month) {
    LocalDate start = LocalDate.of(year, month, 1);
    return new Period(
        String.format("%d-%02d", year, month), start, start.plusMonths(1).minusDays(1));
  }
}
