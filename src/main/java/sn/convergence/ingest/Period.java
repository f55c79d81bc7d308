package sn.convergence.ingest;

import java.time.LocalDate;

/**
 * A reporting period read from a cell: a normalised label ("2021", "2021-2022", "2021-Q2",
 * "2021-06", "2021-06-18", school year "2019/2020", agricultural season "2015S") with inclusive
 * start and end dates. A period without a year ("June") has a label and null dates.
 */
public record Period(String label, LocalDate start, LocalDate end, Precision precision) {

  /** How precise the period is. */
  public enum Precision {
    DAY,
    MONTH,
    QUARTER,
    SEMESTER,
    SEASON,
    SCHOOL_YEAR,
    YEAR,
    YEARS,
    NO_YEAR
  }

  public Period {
    if (start != null && end != null && end.isBefore(start)) {
      throw new IllegalArgumentException("Period ends before it starts: " + label);
    }
  }

  public boolean hasYear() {
    return start != null;
  }

  /** The first calendar year of the period, or null without a year. */
  public Integer year() {
    return start == null ? null : start.getYear();
  }

  /** The period from this one's start to the other's end. */
  public Period through(Period other) {
    if (!hasYear() || !other.hasYear() || other.end.isBefore(start)) {
      return this;
    }
    return new Period(label + "/" + other.label, start, other.end, Precision.YEARS);
  }
}
