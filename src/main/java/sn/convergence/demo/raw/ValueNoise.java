package sn.convergence.demo.raw;

import static sn.convergence.demo.raw.Col.BUDGET;
import static sn.convergence.demo.raw.Col.REACHED;
import static sn.convergence.demo.raw.Col.TARGETED;
import static sn.convergence.demo.raw.Col.UNIT;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
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
}
