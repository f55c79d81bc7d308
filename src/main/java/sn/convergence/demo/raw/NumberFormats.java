package sn.convergence.demo.raw;

import static sn.convergence.demo.raw.Col.BUDGET;
import static sn.convergence.demo.raw.Col.REACHED;
import static sn.convergence.demo.raw.Col.TARGETED;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import sn.convergence.demo.raw.Noise.Slot;

/**
 * How numbers are written: French formats and numbers as text (problem 8), and spreadsheet quirks
 * in cells (problem 10: exported formula errors, scientific notation, a leading apostrophe, a range
 * "4-5" that Excel turned into a date).
 */
final class NumberFormats {

  private final Noise noise;
  private final ValueNoise values;

  NumberFormats(Noise noise) {
    this.noise = noise;
    this.values = new ValueNoise(noise);
  }

  /** Problem 10, cell by cell. */
  void quirks() {
    Draws draws = noise.draws("quirks");
    int done = 0;
    for (Slot slot :
        noise.candidates(
            "formula", s -> s.file().isXlsx() && values.budgetFree(s) && !s.file().budgetSeries)) {
      if (done++ >= 10) {
        break;
      }
      String code = draws.pick(List.of("#REF!", "#DIV/0!", "#N/A", "#REF!"));
      slot.line().inject(10, "formula_error", BUDGET, Value.unreadable(new Cell.ErrorValue(code)));
    }
    done = 0;
    for (Slot slot :
        noise.candidates(
            "scientific",
            s ->
                values.budgetFree(s)
                    && !s.file().name.startsWith("WFP")
                    && s.line().get(BUDGET).reads().compareTo(BigDecimal.valueOf(1e9)) >= 0)) {
      if (done++ >= 6) {
        break;
      }
      BigDecimal reads = s(slot).get(BUDGET).reads().round(new MathContext(3)).stripTrailingZeros();
      String text = String.format(java.util.Locale.ROOT, "%.2E", reads.doubleValue());
      slot.line().inject(10, "scientific", BUDGET, Value.numberText(text, reads, null));
    }
    done = 0;
    for (Slot slot : noise.candidates("apostrophe", values::reachedFree)) {
      if (done++ >= 8) {
        break;
      }
      BigDecimal reads = s(slot).get(REACHED).reads();
      slot.line()
          .inject(
              10,
              "apostrophe",
              REACHED,
              Value.numberText("'" + reads.toPlainString(), reads, null));
    }
    done = 0;
    for (Slot slot :
        noise.candidates(
            "date",
            s ->
                s.file().isXlsx()
                    && values.reachedFree(s)
                    && s.line().get(REACHED).reads().longValue() >= 2
                    && s.line().get(REACHED).reads().longValue() <= 12)) {
      if (done++ >= 3) {
        break;
      }
      long value = s(slot).get(REACHED).reads().longValue();
      LocalDate date = LocalDate.of(slot.line().truth.year(), (int) value, (int) value - 1);
      slot.line().inject(10, "date_converted", REACHED, Value.unreadable(new Cell.DateValue(date)));
    }
  }

  /** Problem 8: numbers written as French text, approximations, markers of absence. */
  void formats() {
    long already = noise.slots.stream().filter(s -> s.line().has(8)).count();
    int target = (int) Math.max(0, noise.share(0.15) - already);
    Draws draws = noise.draws("formats");
    int done = 0;
    for (Slot slot :
        noise.candidates("formats", s -> values.reachedFree(s) || budgetFormattable(s))) {
      if (done >= target) {
        break;
      }
      List<Col> columns = new ArrayList<>();
      if (values.reachedFree(slot)) {
        columns.add(REACHED);
        columns.add(REACHED);
      }
      if (budgetFormattable(slot)) {
        columns.add(BUDGET);
      }
      if (slot.line().get(TARGETED).exact() && !slot.line().touched(TARGETED)) {
        columns.add(TARGETED);
      }
      Col column = draws.pick(columns);
      Value written = write(slot, column, draws);
      if (written != null) {
        slot.line().inject(8, kindOf(written), column, written);
        done++;
      }
    }
  }

  private boolean budgetFormattable(Slot slot) {
    return values.budgetFree(slot) && !slot.file().name.startsWith("WFP");
  }

  /** The written form; its kind is carried in the text's shape and recovered by kindOf. */
  private Value write(Slot slot, Col column, Draws draws) {
    BigDecimal reads = slot.line().get(column).reads();
    long value = reads.longValue();
    if (reads.scale() > 0 && reads.stripTrailingZeros().scale() > 0) {
      return null;
    }
    boolean series = slot.file().budgetSeries && column == BUDGET;
    List<String> kinds = new ArrayList<>();
    if (value >= 1000) {
      kinds.addAll(List.of("space", "space"));
      PartnerFile.TextEncoding encoding = slot.file().encoding;
      if (encoding != PartnerFile.TextEncoding.MOJIBAKE) {
        kinds.add("nbsp");
      }
      if (encoding == PartnerFile.TextEncoding.UTF8
          || encoding == PartnerFile.TextEncoding.UTF8_BOM) {
        kinds.add("narrow_nbsp");
      }
      kinds.add(slot.file().separator == ',' && !slot.file().isXlsx() ? "comma" : "dot");
    }
    if (column == BUDGET) {
      kinds.addAll(List.of("fcfa", "f_cfa"));
      if (value >= 1_000_000_000L) {
        kinds.add("milliard");
      }
    }
    if (!series) {
      kinds.addAll(List.of("approximate", "approximate", "not_available", "not_available"));
    }
    if (kinds.isEmpty()) {
      return null;
    }
    return switch (draws.pick(kinds)) {
      case "space" -> text(Numbers.grouped(value, ' '), reads, null);
      case "nbsp" -> text(Numbers.grouped(value, '\u00A0'), reads, null);
      case "narrow_nbsp" -> text(Numbers.grouped(value, '\u202F'), reads, null);
      case "dot" -> text(Numbers.grouped(value, '.'), reads, null);
      case "comma" -> text(Numbers.grouped(value, ','), reads, null);
      case "fcfa" -> text(Numbers.grouped(value, ' ') + " FCFA", reads, "XOF");
      case "f_cfa" -> text(Numbers.grouped(value, ' ') + " F CFA", reads, "XOF");
      case "milliard" -> Numbers.milliards(value);
      case "approximate" -> approximate(value, draws);
      default -> Value.unreadable(Cell.text(draws.pick(List.of("n.d.", "-", "nd", "N/D"))));
    };
  }

  private static Value approximate(long value, Draws draws) {
    if (value < 1000) {
      return Value.approximate("~" + value, BigDecimal.valueOf(value));
    }
    long hundreds = Math.round(value / 100.0) * 100;
    long thousands = value / 1000 * 1000;
    return draws.chance(0.5)
        ? Value.approximate("~" + hundreds, BigDecimal.valueOf(hundreds))
        : Value.approximate(
            "plus de " + Numbers.grouped(thousands, ' '), BigDecimal.valueOf(thousands));
  }

  private static Value text(String text, BigDecimal reads, String currency) {
    return Value.numberText(text, reads, currency);
  }

  /** The kind of a written number, for the log. */
  static String kindOf(Value value) {
    String text = value.display();
    if (value.reads() == null) {
      return "not_available";
    }
    if (value.approximate()) {
      return "approximate";
    }
    if (text.contains("milliard")) {
      return "milliard";
    }
    if (text.endsWith("F CFA")) {
      return "f_cfa";
    }
    if (text.endsWith("FCFA")) {
      return "fcfa";
    }
    if (text.contains("\u202F")) {
      return "narrow_nbsp";
    }
    if (text.contains("\u00A0")) {
      return "nbsp";
    }
    if (text.contains(".")) {
      return "dot_grouping";
    }
    return text.contains(",") ? "comma_grouping" : "space_grouping";
  }

  private static Line s(Slot slot) {
    return slot.line();
  }
}
