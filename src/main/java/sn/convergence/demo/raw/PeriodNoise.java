package sn.convergence.demo.raw;

import static sn.convergence.demo.raw.Col.PERIOD;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import sn.convergence.demo.raw.Noise.Slot;

/**
 * Problem 9: dates in several formats. Each file keeps its own way of writing periods (years, "T1
 * 2021", "hivernage 2018", "2019-2020", ISO dates); a few rows of a sheet are written another way
 * ("juin 2021", "06/2021", "18/06/2021", an Excel serial, "2021/22", "année scolaire 2019-2020"),
 * always within the same first year, at most a fifth of the sheet.
 */
final class PeriodNoise {

  private static final Pattern QUARTER = Pattern.compile("T([1-4]) (\\d{4})");
  private static final Pattern SEASON = Pattern.compile("(campagne|hivernage) (\\d{4})");
  private static final Pattern SPAN = Pattern.compile("(\\d{4})-(\\d{4})");
  private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

  private final Noise noise;

  PeriodNoise(Noise noise) {
    this.noise = noise;
  }

  void inject() {
    List<Slot> candidates = new ArrayList<>();
    Draws draws = noise.draws("periods");
    for (FileSpec file : noise.files) {
      for (Table table : file.tables) {
        List<Slot> free = new ArrayList<>();
        for (Slot slot : noise.slots) {
          if (slot.table() == table && free(slot)) {
            free.add(slot);
          }
        }
        int data = table.data().size();
        if (table.has(PERIOD) && data >= 8) {
          candidates.addAll(draws.shuffled(free).subList(0, Math.min(free.size(), data / 5)));
        }
      }
    }
    int done = 0;
    for (Slot slot : draws.shuffled(candidates)) {
      if (done >= noise.share(0.04)) {
        break;
      }
      String kind = rewrite(slot, draws);
      if (kind != null) {
        done++;
      }
    }
  }

  private boolean free(Slot slot) {
    Line line = slot.line();
    return line.truth != null
        && !line.touched(PERIOD)
        && !line.display(PERIOD).isEmpty()
        && !line.traits.contains(Line.Trait.PERIOD_BROKEN)
        && !line.traits.contains(Line.Trait.PROTECTED_REACHED);
  }

  /** Writes the period another way and logs it; null when the format has no other way here. */
  private String rewrite(Slot slot, Draws draws) {
    String own = slot.line().display(PERIOD);
    boolean plain = slot.file().encoding == PartnerFile.TextEncoding.MOJIBAKE;
    Matcher quarter = QUARTER.matcher(own);
    Matcher season = SEASON.matcher(own);
    Matcher span = SPAN.matcher(own);
    String kind;
    Value value;
    if (own.matches("\\d{4}")) {
      int year = Integer.parseInt(own);
      kind = draws.pick(List.of("month_name", "month_slash", "day", "excel_serial", "short_span"));
      value =
          switch (kind) {
            case "month_name" -> Value.text("juin " + year);
            case "month_slash" -> Value.text("06/" + year);
            case "day" -> Value.text("18/06/" + year);
            case "excel_serial" -> serial(LocalDate.of(year, 6, 18), slot.file().isXlsx());
            default -> Value.text(year + "/" + String.format("%02d", (year + 1) % 100));
          };
    } else if (quarter.matches()) {
      int q = Integer.parseInt(quarter.group(1));
      kind = draws.chance(0.5) ? "month_slash" : "year";
      value =
          Value.text(
              kind.equals("year")
                  ? quarter.group(2)
                  : String.format("%02d/%s", 3 * q, quarter.group(2)));
    } else if (season.matches()) {
      kind = draws.chance(0.5) ? "year" : "month_name";
      value = Value.text(kind.equals("year") ? season.group(2) : "juin " + season.group(2));
    } else if (span.matches()) {
      kind = plain || draws.chance(0.5) ? "month_name" : "school_year";
      value =
          Value.text(
              kind.equals("school_year") ? "année scolaire " + own : "oct. " + span.group(1));
    } else {
      return null;
    }
    slot.line().inject(9, kind, PERIOD, value);
    return kind;
  }

  private static Value serial(LocalDate date, boolean xlsx) {
    long days = ChronoUnit.DAYS.between(EXCEL_EPOCH, date);
    return xlsx ? Value.number(days) : Value.text(Long.toString(days));
  }
}
