package sn.convergence.demo.raw;

import static sn.convergence.ingest.IssueCode.*;

import java.util.EnumSet;
import java.util.Set;
import sn.convergence.ingest.IssueCode;

/** The issue codes that name each kind of injected problem, and which are located by column. */
final class ExpectedCodes {

  /** Codes the stager places at the cell's column (the others are about the row). */
  private static final Set<IssueCode> BY_COLUMN =
      EnumSet.of(
          UNIT_UNKNOWN,
          UNIT_UNCERTAIN,
          UNIT_AMBIGUOUS,
          UNIT_MULTIPLE,
          NUMBER_INVALID,
          NUMBER_NOT_AVAILABLE,
          NUMBER_FORMULA_ERROR,
          NUMBER_FREE_TEXT,
          NUMBER_APPROXIMATE,
          PERIOD_INVALID);

  /**
   * Problems that change what a count or amount reads as (persons for households, a scale or
   * currency, a value out of range, a conflicting figure): on a row giving a unit transfer, the
   * budget then no longer equals households × transfer.
   */
  private static final Set<Integer> CHANGES_A_FIGURE = Set.of(7, 8, 13, 14, 15);

  private ExpectedCodes() {}

  static Set<IssueCode> of(NoiseEntry entry) {
    String kind = entry.kind();
    return switch (entry.problem()) {
      case 1 -> EnumSet.of(UNIT_NAME_VARIANT);
      case 2 -> EnumSet.of(TEXT_MOJIBAKE);
      case 3 ->
          kind.equals("commune_as_department")
              ? EnumSet.of(UNIT_UNKNOWN, UNIT_UNCERTAIN, UNIT_AMBIGUOUS, UNIT_WRONG_LEVEL)
              : EnumSet.of(UNIT_WRONG_LEVEL);
      case 4 ->
          kind.equals("wrong_region")
              ? EnumSet.of(UNIT_WRONG_PARENT)
              : EnumSet.of(UNIT_NOT_VALID_ON_DATE);
      case 5 ->
          switch (kind) {
            case "blank_year" -> EnumSet.of(PERIOD_MISSING_YEAR);
            case "bare_code" -> EnumSet.of(UNIT_BARE_CODE);
            default -> EnumSet.of(UNIT_MISSING);
          };
      case 6 -> EnumSet.of(DUPLICATE_ACROSS_SOURCES, SAME_FACT_OTHER_SOURCE);
      case 7 -> EnumSet.of(MIXED_UNITS);
      case 8 ->
          switch (kind) {
            case "approximate" -> EnumSet.of(NUMBER_APPROXIMATE);
            case "not_available" -> EnumSet.of(NUMBER_NOT_AVAILABLE);
            default -> EnumSet.of(NUMBER_TEXT);
          };
      case 9 -> EnumSet.of(PERIOD_MIXED_PRECISION);
      case 10 ->
          switch (kind) {
            case "total_row" -> EnumSet.of(TOTAL_ROW);
            case "formula_error" -> EnumSet.of(NUMBER_FORMULA_ERROR);
            case "date_converted" -> EnumSet.of(NUMBER_INVALID);
            case "windows_1252" -> EnumSet.of(ENCODING_FALLBACK);
            default -> EnumSet.of(NUMBER_TEXT);
          };
      case 11 ->
          kind.equals("budget_mismatch")
              ? EnumSet.of(BUDGET_TRANSFER_MISMATCH)
              : EnumSet.of(SUBTOTAL_MISMATCH);
      case 12 -> EnumSet.of(BUDGET_TYPE_AMBIGUOUS);
      case 13 ->
          kind.equals("usd_in_xof")
              ? EnumSet.of(CURRENCY_MIXED)
              : EnumSet.of(VALUE_SCALE_SUSPECTED);
      case 14 ->
          switch (kind) {
            case "negative" -> EnumSet.of(NUMBER_NEGATIVE);
            case "above_target" -> EnumSet.of(REACHED_ABOVE_TARGET);
            default -> EnumSet.of(VALUE_OUT_OF_RANGE);
          };
      case 15 -> EnumSet.of(VALUES_CONFLICT);
      case 16 -> EnumSet.of(UNIT_MULTIPLE);
      case 17 -> EnumSet.of(NUMBER_FREE_TEXT);
      default -> throw new IllegalArgumentException("Unknown problem " + entry.problem());
    };
  }

  /**
   * Codes that follow from a problem without naming it (a bare code is also an unknown unit, an
   * amount in dollars is also read from text and far from its column's median...): used only to
   * tell which issues of the report no logged problem explains.
   */
  static Set<IssueCode> consequences(NoiseEntry entry) {
    Set<IssueCode> codes = EnumSet.copyOf(of(entry));
    if (CHANGES_A_FIGURE.contains(entry.problem())) {
      codes.add(BUDGET_TRANSFER_MISMATCH);
    }
    switch (entry.problem()) {
      case 2 -> codes.add(UNIT_NAME_VARIANT);
      case 3 ->
          codes.addAll(EnumSet.of(UNIT_UNKNOWN, UNIT_UNCERTAIN, UNIT_AMBIGUOUS, UNIT_NAME_VARIANT));
      case 4 -> codes.add(UNIT_NAME_VARIANT);
      case 5 -> codes.addAll(EnumSet.of(UNIT_UNKNOWN, UNIT_MISSING));
      case 7 -> codes.addAll(EnumSet.of(REACHED_ABOVE_TARGET, MIXED_UNITS));
      case 13 -> codes.addAll(EnumSet.of(NUMBER_TEXT, VALUE_SCALE_SUSPECTED, CURRENCY_MIXED));
      case 14 -> codes.add(REACHED_ABOVE_TARGET);
      case 12, 10, 8 -> codes.addAll(EnumSet.of(NUMBER_TEXT, VALUE_SCALE_SUSPECTED));
      default -> {}
    }
    return codes;
  }

  static boolean locatedByColumn(NoiseEntry entry, IssueCode code) {
    return BY_COLUMN.contains(code) && !entry.column().isEmpty();
  }
}
