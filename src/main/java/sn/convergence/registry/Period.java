package sn.convergence.registry;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reporting period with inclusive start and end dates and the label it was given. Labels:
 *
 * <ul>
 *   <li>{@code 2021}: the calendar (and budget) year;
 *   <li>{@code 2021-Q2}: a quarter; {@code 2021-06}: a month;
 *   <li>{@code 2019/2020}: a school year, 1 October 2019 to 31 July 2020;
 *   <li>{@code 2015S}: an agricultural season ("hivernage"), 1 June to 31 October 2015;
 *   <li>{@code 2021-01-15/2021-03-31}: explicit dates (ISO 8601 interval).
 * </ul>
 */
public record Period(String label, LocalDate start, LocalDate end) {

  private static final Pattern YEAR = Pattern.compile("(\\d{4})");
  private static final Pattern QUARTER = Pattern.compile("(\\d{4})-?Q([1-4])");
  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
  private static final Pattern SCHOOL_YEAR = Pattern.compile("(\\d{4})/(\\d{4})");
  private static final Pattern SEASON = Pattern.compile("(\\d{4})S");
  private static final Pattern INTERVAL =
      Pattern.compile("(\\d{4}-\\d{2}-\\d{2})/(\\d{4}-\\d{2}-\\d{2})");

  /**
   * Labels already parsed: a registry uses a few hundred labels over and over (every imported fact
   * is checked by label), so the first {@value #REMEMBERED_LABELS} are kept. Thread-safe.
   */
  private static final Map<String, Optional<Period>> PARSED = new ConcurrentHashMap<>();

  private static final int REMEMBERED_LABELS = 4_096;

  public Period {
    if (label == null || start == null || end == null) {
      throw new IllegalArgumentException("A period needs a label, a start and an end");
    }
    if (end.isBefore(start)) {
      throw new IllegalArgumentException("Period " + label + " ends before it starts");
    }
  }

  /** Parses a label; throws {@link IllegalArgumentException} when it has none of the forms. */
  public static Period parse(String label) {
    return tryParse(label)
        .orElseThrow(() -> new IllegalArgumentException("Not a period: " + label));
  }

  /** Parses a label; empty when it has none of the documented forms or impossible dates. */
  public static Optional<Period> tryParse(String label) {
    if (label == null) {
      return Optional.empty();
    }
    Optional<Period> known = PARSED.get(label);
    if (known == null) {
      known = parseLabel(label);
      if (PARSED.size() < REMEMBERED_LABELS) {
        PARSED.put(label, known);
      }
    }
    return known;
  }

  private static Optional<Period> parseLabel(String label) {
    String text = label.strip().toUpperCase(java.util.Locale.ROOT);
    try {
      return Optional.ofNullable(parseStrict(text));
    } catch (java.time.DateTimeException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** The calendar year. */
  public static Period year(int year) {
    return new Period(Integer.toString(year), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
  }

  /** Explicit dates; the label is the ISO 8601 interval {@code start/end}. */
  public static Period between(LocalDate start, LocalDate end) {
    return new Period(start + "/" + end, start, end);
  }

  /** True when the two date ranges share at least one day. */
  public boolean overlaps(LocalDate from, LocalDate to) {
    return !start.isAfter(to) && !end.isBefore(from);
  }

  /** True when the period shares at least one day with the calendar year. */
  public boolean overlapsYear(int year) {
    return overlaps(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
  }

  private static Period parseStrict(String text) {
    Matcher m;
    if ((m = YEAR.matcher(text)).matches()) {
      return year(Integer.parseInt(m.group(1)));
    }
    if ((m = QUARTER.matcher(text)).matches()) {
      int year = Integer.parseInt(m.group(1));
      int quarter = Integer.parseInt(m.group(2));
      YearMonth first = YearMonth.of(year, quarter * 3 - 2);
      return new Period(year + "-Q" + quarter, first.atDay(1), first.plusMonths(2).atEndOfMonth());
    }
    if ((m = MONTH.matcher(text)).matches()) {
      YearMonth month = YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
      return new Period(month.toString(), month.atDay(1), month.atEndOfMonth());
    }
    if ((m = SCHOOL_YEAR.matcher(text)).matches()) {
      int first = Integer.parseInt(m.group(1));
      if (Integer.parseInt(m.group(2)) != first + 1) {
        return null;
      }
      return new Period(
          first + "/" + (first + 1), LocalDate.of(first, 10, 1), LocalDate.of(first + 1, 7, 31));
    }
    if ((m = SEASON.matcher(text)).matches()) {
      int year = Integer.parseInt(m.group(1));
      return new Period(year + "S", LocalDate.of(year, 6, 1), LocalDate.of(year, 10, 31));
    }
    if ((m = INTERVAL.matcher(text)).matches()) {
      LocalDate start = LocalDate.parse(m.group(1));
      LocalDate end = LocalDate.parse(m.group(2));
      return end.isBefore(start) ? null : between(start, end);
    }
    return null;
  }
}
