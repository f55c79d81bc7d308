package sn.convergence.ingest.normalize;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import sn.convergence.ingest.Period;
import sn.convergence.ingest.Period.Precision;

/**
 * Reads dates and periods as partners write them: years, spans ("2021-2022", "2021/22"), quarters
 * ("T1 2026", "2021-Q2"), semesters, months ("juin 2021", "06/2021", "2021-06"), days
 * ("18/06/2021", day first, or ISO), Excel serial numbers (44365), school years ("année scolaire
 * 2019-2020" or "2019/2020", October to July), ISO intervals ("2021-06-01/2021-06-30") and
 * agricultural seasons ("hivernage 2018", "campagne 2015", June to October). A month without a year
 * gives a period of precision {@link Precision#NO_YEAR}. Pure.
 */
public final class PeriodParser {

  private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
  private static final List<String> MONTHS_FR =
      List.of(
          "janvier",
          "fevrier",
          "mars",
          "avril",
          "mai",
          "juin",
          "juillet",
          "aout",
          "septembre",
          "octobre",
          "novembre",
          "decembre");
  private static final List<String> MONTHS_EN =
      List.of(
          "january",
          "february",
          "march",
          "april",
          "may",
          "june",
          "july",
          "august",
          "september",
          "october",
          "november",
          "december");
  private static final String YEAR = "((?:19|20)\\d{2})";
  private static final String SHORT_OR_YEAR = "((?:19|20)?\\d{2})";

  private record Rule(Pattern pattern, Function<Matcher, Period> read) {}

  private static final List<Rule> RULES =
      List.of(
          rule(
              "((?:19|20)\\d{2}-\\d{2}-\\d{2})/((?:19|20)\\d{2}-\\d{2}-\\d{2})",
              PeriodParser::interval),
          rule(YEAR + "/" + YEAR, PeriodParser::slashYears),
          rule("(\\d{5})(?:\\.0+)?", PeriodParser::excelSerial),
          rule(YEAR + "-(\\d{1,2})-(\\d{1,2})(?:[t ][0-9:.]+z?)?", m -> day(m, 1, 2, 3)),
          rule("(\\d{1,2})[/.-](\\d{1,2})[/.-]" + SHORT_OR_YEAR, m -> day(m, 3, 2, 1)),
          rule(
              "(?:annee scolaire|school year|a\\.?s\\.?)\\s*"
                  + YEAR
                  + "\\s*[/-]\\s*"
                  + SHORT_OR_YEAR,
              PeriodParser::schoolYear),
          rule(
              "(?:hivernage|campagne(?: agricole)?|saison(?: des pluies)?|rainy season|season)\\s*"
                  + YEAR
                  + "(?:\\s*[/-]\\s*"
                  + SHORT_OR_YEAR
                  + ")?",
              m -> season(m.group(1))),
          rule(YEAR + "\\s*s", m -> season(m.group(1))),
          rule("[tq]([1-4])\\s*[-/ ]?\\s*" + YEAR, m -> quarter(m.group(2), m.group(1))),
          rule(YEAR + "\\s*[-/ ]?\\s*[tq]([1-4])", m -> quarter(m.group(1), m.group(2))),
          rule(
              "([1-4])\\s*(?:er|e|eme|nd|rd|th|st)?\\s*trimestre\\s*" + YEAR,
              m -> quarter(m.group(2), m.group(1))),
          rule("s([12])\\s*[-/ ]?\\s*" + YEAR, m -> semester(m.group(2), m.group(1))),
          rule(YEAR + "\\s*[-/ ]?\\s*s([12])", m -> semester(m.group(1), m.group(2))),
          rule(YEAR + "-(0?[1-9]|1[0-2])", m -> month(m.group(1), m.group(2))),
          rule("(\\d{1,2})[/.-]" + YEAR, m -> month(m.group(2), m.group(1))),
          rule("([a-z]+)\\.?\\s*[-/ ]?\\s*" + YEAR, PeriodParser::namedMonth),
          rule(YEAR, m -> years(m.group(1), m.group(1))),
          rule(
              YEAR + "\\s*(?:-|/|a|au|to)\\s*" + SHORT_OR_YEAR, m -> years(m.group(1), m.group(2))),
          rule("([a-z]+)", PeriodParser::monthWithoutYear));

  private PeriodParser() {}

  /** The period a cell names, empty when blank or not understood. */
  public static Optional<Period> parse(String raw) {
    if (raw == null || raw.isBlank()) {
      return Optional.empty();
    }
    String text = simplify(raw);
    for (Rule rule : RULES) {
      Matcher matcher = rule.pattern().matcher(text);
      if (matcher.matches()) {
        try {
          return Optional.ofNullable(rule.read().apply(matcher));
        } catch (DateTimeException | IllegalArgumentException e) {
          return Optional.empty();
        }
      }
    }
    return Optional.empty();
  }

  private static Rule rule(String regex, Function<Matcher, Period> read) {
    return new Rule(Pattern.compile(regex), read);
  }

  private static String simplify(String raw) {
    String text = Normalizer.normalize(raw, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    text = text.toLowerCase(Locale.ROOT).replace('–', '-').replace('—', '-');
    return text.replaceAll("[\\s\\u00A0\\u202F]+", " ").strip();
  }

  /**
   * "2019/2020": two consecutive full years joined by a slash are a school year, as the registry
   * writes it; other pairs are a span of years.
   */
  private static Period slashYears(Matcher m) {
    Period school = schoolYear(m);
    return school != null ? school : years(m.group(1), m.group(2));
  }

  /** An ISO 8601 interval of two dates, as the registry writes explicit periods. */
  private static Period interval(Matcher m) {
    try {
      LocalDate start = LocalDate.parse(m.group(1));
      LocalDate end = LocalDate.parse(m.group(2));
      return end.isBefore(start)
          ? null
          : new Period(m.group(1) + "/" + m.group(2), start, end, Precision.DAY);
    } catch (java.time.format.DateTimeParseException e) {
      return null;
    }
  }

  private static Period excelSerial(Matcher m) {
    int serial = Integer.parseInt(m.group(1));
    if (serial < 20_000 || serial > 80_000) {
      return null;
    }
    LocalDate date = EXCEL_EPOCH.plusDays(serial);
    return new Period(date.toString(), date, date, Precision.DAY);
  }

  private static Period day(Matcher m, int yearGroup, int monthGroup, int dayGroup) {
    LocalDate date =
        LocalDate.of(
            fullYear(m.group(yearGroup)),
            Integer.parseInt(m.group(monthGroup)),
            Integer.parseInt(m.group(dayGroup)));
    return new Period(date.toString(), date, date, Precision.DAY);
  }

  private static Period month(String year, String month) {
    YearMonth ym = YearMonth.of(Integer.parseInt(year), Integer.parseInt(month));
    return new Period(ym.toString(), ym.atDay(1), ym.atEndOfMonth(), Precision.MONTH);
  }

  private static Period namedMonth(Matcher m) {
    int month = monthNumber(m.group(1));
    return month == 0 ? null : month(m.group(2), String.valueOf(month));
  }

  private static Period monthWithoutYear(Matcher m) {
    int month = monthNumber(m.group(1));
    return month == 0 ? null : new Period(m.group(1), null, null, Precision.NO_YEAR);
  }

  private static int monthNumber(String name) {
    for (int i = 0; i < 12; i++) {
      String fr = MONTHS_FR.get(i);
      String en = MONTHS_EN.get(i);
      if (name.equals(fr) || name.equals(en)) {
        return i + 1;
      }
      if (name.length() >= 3 && (fr.startsWith(name) || en.startsWith(name))) {
        return i + 1;
      }
    }
    return 0;
  }

  private static Period quarter(String year, String quarter) {
    int y = Integer.parseInt(year);
    int q = Integer.parseInt(quarter);
    YearMonth first = YearMonth.of(y, 3 * q - 2);
    LocalDate end = first.plusMonths(2).atEndOfMonth();
    return new Period(y + "-Q" + q, first.atDay(1), end, Precision.QUARTER);
  }

  private static Period semester(String year, String semester) {
    int y = Integer.parseInt(year);
    int s = Integer.parseInt(semester);
    LocalDate start = LocalDate.of(y, s == 1 ? 1 : 7, 1);
    return new Period(y + "-S" + s, start, start.plusMonths(6).minusDays(1), Precision.SEMESTER);
  }

  private static Period season(String year) {
    int y = Integer.parseInt(year);
    return new Period(y + "S", LocalDate.of(y, 6, 1), LocalDate.of(y, 10, 31), Precision.SEASON);
  }

  private static Period schoolYear(Matcher m) {
    int first = Integer.parseInt(m.group(1));
    int second = fullYear(m.group(2), first);
    if (second != first + 1) {
      return null;
    }
    return new Period(
        first + "/" + second,
        LocalDate.of(first, 10, 1),
        LocalDate.of(second, 7, 31),
        Precision.SCHOOL_YEAR);
  }

  private static Period years(String from, String to) {
    int first = Integer.parseInt(from);
    int last = fullYear(to, first);
    if (last < first || last - first > 30) {
      return null;
    }
    String label = first == last ? String.valueOf(first) : first + "-" + last;
    return new Period(
        label,
        LocalDate.of(first, 1, 1),
        LocalDate.of(last, 12, 31),
        first == last ? Precision.YEAR : Precision.YEARS);
  }

  private static int fullYear(String text) {
    int value = Integer.parseInt(text);
    return text.length() == 2 ? 2000 + value : value;
  }

  /** A two-digit year read in the century of the reference year ("2021/22" gives 2022). */
  private static int fullYear(String text, int reference) {
    int value = Integer.parseInt(text);
    return text.length() == 2 ? reference / 100 * 100 + value : value;
  }
}
