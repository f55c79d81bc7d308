package sn.convergence.demo.raw;

import static sn.convergence.demo.raw.Col.BUDGET;
import static sn.convergence.demo.raw.Col.REACHED;
import static sn.convergence.demo.raw.Col.TARGETED;
import static sn.convergence.demo.raw.Col.UNIT;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import sn.convergence.demo.DemoCodes;
import sn.convergence.demo.raw.Noise.Slot;

/**
 * Problems of figures: conflicting values between two sources (problem 15), budgets of another type
 * in an annual column (12), mixed units (7), currency and scale (13), values out of range (14),
 * free text in numeric cells (17).
 */
final class ValueNoise {

  private static final List<String> FREE_TEXT =
      List.of(
          "voir rapport", "en cours", "à confirmer", "cf. rapport annuel", "données en attente");

  private final Noise noise;
  private final Sources sources;

  ValueNoise(Noise noise) {
    this.noise = noise;
    this.sources = noise.sources;
  }

  /**
   * Problem 15: one figure of a fact stated by one row in each of two files (WFP and MEN-DCaS for
   * 2019/2020, a conseil départemental and MEN-DCaS for 2021/2022), with a digit dropped on one
   * side; a few other pairs are rounded on one side only (problem 6, not a conflict). Both rows of
   * every pair keep their figure and period untouched by later problems.
   */
  void conflicts() {
    Map<String, List<Slot>> statements = new LinkedHashMap<>();
    for (Slot slot : noise.slots) {
      Truth truth = slot.line().truth;
      if (truth != null
          && truth.pcodes().size() == 1
          && truth.dupKeys().size() == 1
          && !truth.part()
          && slot.line().traits.contains(Line.Trait.DUPLICATE)) {
        statements
            .computeIfAbsent(truth.dupKeys().get(0) + "|" + truth.unit(), k -> new ArrayList<>())
            .add(slot);
      }
    }
    List<Line[]> pairs = new ArrayList<>();
    for (List<Slot> same : statements.values()) {
      if (same.size() == 2 && !same.get(0).file().name.equals(same.get(1).file().name)) {
        pairs.add(new Line[] {same.get(0).line(), same.get(1).line()});
      }
    }
    Draws draws = noise.draws("conflicts");
    pairs = draws.shuffled(pairs);
    long facts =
        noise.slots.stream()
            .filter(s -> s.line().truth != null)
            .flatMap(s -> s.line().truth.facts().stream())
            .distinct()
            .count();
    int target = (int) Math.round(0.02 * facts);
    int conflicts = 0;
    int rounded = 0;
    for (int i = 0; i < pairs.size(); i++) {
      Line[] pair = pairs.get(i);
      pair[0].traits.add(Line.Trait.PROTECTED_REACHED);
      pair[1].traits.add(Line.Trait.PROTECTED_REACHED);
      Line changed = pair[i % 2];
      Line other = pair[(i + 1) % 2];
      long value = changed.truth.reached();
      if (conflicts < target && value >= 10) {
        changed.inject(15, "dropped_digit", REACHED, Value.number(dropDigit(value, draws)));
        other.mark(15, "conflict_counterpart", REACHED, changed.display(REACHED));
        conflicts++;
      } else if (rounded < 4 && value >= 1000 && value % 100 != 0) {
        long roundedValue = Math.round(value / 100.0) * 100;
        changed.inject(6, "rounded_copy", REACHED, Value.number(roundedValue));
        rounded++;
      }
    }
  }

  /**
   * Problem 12: in files with a budget per place and year, one year given as the total since the
   * start (or of the whole project) in the annual column, where that total is at least three times
   * the other years' median. The series keeps its other budgets untouched.
   */
  void budgetTypes() {
    Map<String, List<Slot>> series = new LinkedHashMap<>();
    for (Slot slot : noise.slots) {
      Line line = slot.line();
      if (slot.file().budgetSeries && line.truth != null && line.get(BUDGET).exact()) {
        String key =
            slot.file().name + "|" + line.display(Col.ACTIVITY) + "|" + line.truth.pcodes();
        series.computeIfAbsent(key, k -> new ArrayList<>()).add(slot);
      }
    }
    List<Slot[]> eligible = new ArrayList<>();
    for (List<Slot> lines : series.values()) {
      if (lines.size() >= 3) {
        List<Slot> sorted =
            lines.stream().sorted(Comparator.comparingInt(s -> s.line().truth.year())).toList();
        eligible.add(sorted.toArray(Slot[]::new));
      }
    }
    int target = (int) Math.round(0.10 * budgetCells());
    int done = 0;
    for (Slot[] run : noise.draws("budget-types").shuffled(eligible)) {
      if (done >= target) {
        break;
      }
      int at = run.length - 1;
      boolean projectTotal = run[0].file().name.startsWith("CD_");
      BigDecimal total = BigDecimal.ZERO;
      for (int i = 0; i <= (projectTotal ? run.length - 1 : at); i++) {
        total = total.add(run[i].line().get(BUDGET).reads());
      }
      List<BigDecimal> others = new ArrayList<>();
      for (int i = 0; i < run.length; i++) {
        if (i != at) {
          others.add(run[i].line().get(BUDGET).reads());
        }
      }
      if (total.compareTo(median(others).multiply(BigDecimal.valueOf(3))) < 0) {
        continue;
      }
      Line line = run[at].line();
      Value value =
          line.get(BUDGET).cell() instanceof Cell.Text
              ? Value.numberText(Numbers.grouped(total.longValue(), ' ') + " FCFA", total, "XOF")
              : Value.number(total.longValue());
      line.inject(12, projectTotal ? "project_total" : "cumulative", BUDGET, value);
      for (Slot slot : run) {
        slot.line().traits.add(Line.Trait.PROTECTED_BUDGET);
      }
      done++;
    }
  }

  /**
   * Problem 7: a few rows of an operation counted in another unit than the rest of its file (people
   * among households, "bénéficiaires", people for R4 participants), at most 18% of the operation's
   * rows so that the usual unit stays clear.
   */
  void mixedUnits() {
    Map<String, List<Slot>> operations = new LinkedHashMap<>();
    for (Slot slot : noise.slots) {
      if (slot.line().truth != null && slot.table().has(UNIT)) {
        String key = slot.file().name + "|" + slot.line().display(Col.ACTIVITY);
        operations.computeIfAbsent(key, k -> new ArrayList<>()).add(slot);
      }
    }
    List<Slot> candidates = new ArrayList<>();
    Draws draws = noise.draws("mixed-units");
    for (List<Slot> rows : operations.values()) {
      long units = rows.stream().map(s -> s.line().display(UNIT)).distinct().count();
      String unit = rows.get(0).line().truth.unit();
      if (rows.size() < 8 || units > 1 || unit.equals(DemoCodes.REPORTS)) {
        continue;
      }
      List<Slot> free =
          rows.stream()
              .filter(this::reachedFree)
              .filter(
                  s -> !(s.line().truth.part() && s.line().traits.contains(Line.Trait.DUPLICATE)))
              .toList();
      candidates.addAll(
          draws.shuffled(free).subList(0, Math.min(free.size(), rows.size() * 18 / 100)));
    }
    int target = noise.share(0.10);
    for (Slot slot : Noise.first(draws.shuffled(candidates), target)) {
      changeUnit(slot, draws);
    }
  }

  private void changeUnit(Slot slot, Draws draws) {
    Line line = slot.line();
    Truth truth = line.truth;
    long reached = truth.reached();
    double size = sources.householdSize(truth.pcodes().get(0), truth.year());
    String kind;
    String unit;
    long value;
    switch (truth.unit()) {
      case DemoCodes.PEOPLE -> {
        kind = "households_for_people";
        unit = "households";
        value = Math.round(reached / size);
      }
      case DemoCodes.PARTICIPANTS -> {
        kind = "people_for_participants";
        unit = "personnes";
        value = reached * 9;
      }
      default -> {
        boolean persons = draws.chance(0.6);
        kind = persons ? "persons_for_households" : "undefined_beneficiaries";
        unit = persons ? "personnes" : "bénéficiaires";
        value = persons ? Math.round(reached * size) : reached;
      }
    }
    String original = line.display(UNIT) + " (" + line.display(REACHED) + ")";
    line.cells.put(UNIT, Value.text(unit));
    line.cells.put(REACHED, Value.number(value));
    line.marks.add(new Line.Mark(7, kind, UNIT, original, unit + " (" + value + ")"));
  }

  /**
   * Problem 13: in files whose amounts are in XOF and not a yearly series, an amount in US dollars,
   * or in millions or thousands without saying so; at most a fifth of a sheet's amounts.
   */
  void currencyAndScale() {
    Map<String, List<Slot>> sheets = new LinkedHashMap<>();
    for (Slot slot : noise.slots) {
      if (budgetFree(slot) && !slot.file().budgetSeries && !slot.file().name.startsWith("WFP")) {
        sheets
            .computeIfAbsent(slot.file().name + "|" + slot.table().sheet, k -> new ArrayList<>())
            .add(slot);
      }
    }
    Draws draws = noise.draws("currency");
    List<Slot> candidates = new ArrayList<>();
    for (List<Slot> sheet : sheets.values()) {
      if (sheet.size() >= 8) {
        candidates.addAll(draws.shuffled(sheet).subList(0, sheet.size() / 5));
      }
    }
    for (Slot slot : Noise.first(draws.shuffled(candidates), noise.share(0.03))) {
      Line line = slot.line();
      long xof = line.get(BUDGET).reads().longValue();
      double pick = draws.between(0, 1);
      if (pick < 0.5) {
        long usd = Math.round((double) xof / WfpFiles.USD_RATE.get(line.truth.year()));
        line.inject(
            13,
            "usd_in_xof",
            BUDGET,
            Value.numberText("USD " + Numbers.grouped(usd, ' '), BigDecimal.valueOf(usd), "USD"));
      } else if (pick < 0.8) {
        BigDecimal millions =
            BigDecimal.valueOf(xof).divide(BigDecimal.valueOf(1_000_000), 1, RoundingMode.HALF_UP);
        line.inject(
            13,
            "millions_unstated",
            BUDGET,
            Value.numberText(millions.toPlainString().replace('.', ','), millions, null));
      } else {
        long thousands = Math.round(xof / 1000.0);
        line.inject(
            13,
            "thousands_unstated",
            BUDGET,
            Value.numberText(Numbers.grouped(thousands, ' '), BigDecimal.valueOf(thousands), null));
      }
    }
  }

  /**
   * Problem 14: a rate typed without its decimal point (48,2 % as 482), more households served than
   * targeted, a negative count.
   */
  void outOfRange() {
    int target = noise.share(0.01);
    int done = 0;
    for (Slot slot :
        noise.candidates(
            "percent", s -> s.line().truth == null && "%".equals(s.line().display(UNIT)))) {
      if (done >= 3) {
        break;
      }
      BigDecimal rate = slot.line().get(REACHED).reads();
      long typed = rate.movePointRight(1).longValue();
      slot.line().inject(14, "percent_missing_decimal", REACHED, Value.number(typed));
      done++;
    }
    Draws draws = noise.draws("out-of-range");
    int above = 0;
    for (Slot slot :
        noise.candidates("above-target", s -> reachedFree(s) && s.line().get(TARGETED).exact())) {
      if (above >= 4) {
        break;
      }
      long targeted = slot.line().get(TARGETED).reads().longValue();
      long served = Math.round(targeted * draws.between(1.15, 1.5));
      slot.line().inject(14, "above_target", REACHED, Value.number(served));
      above++;
    }
    done += above;
    for (Slot slot : noise.candidates("negative", this::reachedFree)) {
      if (done >= target) {
        break;
      }
      long reached = slot.line().get(REACHED).reads().longValue();
      slot.line().inject(14, "negative", REACHED, Value.number(-reached));
      done++;
    }
  }

  /** Problem 17: "voir rapport", "en cours", "à confirmer" in a count or amount cell. */
  void freeText() {
    Draws draws = noise.draws("free-text");
    int done = 0;
    for (Slot slot : noise.candidates("free-text", s -> reachedFree(s) || budgetFree(s))) {
      if (done >= noise.share(0.02)) {
        break;
      }
      Col column = reachedFree(slot) && (!budgetFree(slot) || draws.chance(0.7)) ? REACHED : BUDGET;
      if (column == BUDGET && slot.file().budgetSeries) {
        continue;
      }
      slot.line()
          .inject(17, "free_text", column, Value.unreadable(Cell.text(draws.pick(FREE_TEXT))));
      done++;
    }
  }

  void spreadsheetQuirks() {
    new NumberFormats(noise).quirks();
  }

  void numberFormats() {
    new NumberFormats(noise).formats();
  }

  boolean reachedFree(Slot slot) {
    Line line = slot.line();
    return line.truth != null
        && line.get(REACHED).exact()
        && line.get(REACHED).currency() == null
        && !line.touched(REACHED)
        && !line.traits.contains(Line.Trait.PROTECTED_REACHED);
  }

  boolean budgetFree(Slot slot) {
    Line line = slot.line();
    return line.truth != null
        && line.get(BUDGET).exact()
        && line.get(BUDGET).currency() == null
        && !line.touched(BUDGET)
        && !line.traits.contains(Line.Trait.PROTECTED_BUDGET);
  }

  private int budgetCells() {
    return (int) noise.slots.stream().filter(s -> s.line().get(BUDGET).reads() != null).count();
  }

  private static long dropDigit(long value, Draws draws) {
    String digits = Long.toString(value);
    int at = draws.intBetween(1, digits.length() - 1);
    return Long.parseLong(digits.substring(0, at) + digits.substring(at + 1));
  }

  static BigDecimal median(List<BigDecimal> values) {
    List<BigDecimal> sorted = values.stream().sorted().toList();
    int n = sorted.size();
    return n % 2 == 1
        ? sorted.get(n / 2)
        : sorted.get(n / 2 - 1).add(sorted.get(n / 2)).divide(BigDecimal.valueOf(2));
  }
}
