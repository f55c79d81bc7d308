package sn.convergence.ingest.validate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import sn.convergence.geography.NameNormalizer;
import sn.convergence.ingest.Issue;
import sn.convergence.ingest.IssueCode;
import sn.convergence.ingest.Quantity;
import sn.convergence.ingest.StagedRow;
import sn.convergence.ingest.UnitCell;

/**
 * Row checks on how values are written, each a small {@link sn.convergence.ingest.Validator}: text
 * garbled by a wrong encoding, numbers that had to be read from text, percentages out of range.
 * They say what was understood; they never change a value. Pure.
 */
public final class ValueChecks {

  /** Numbers a spreadsheet would have stored as numbers: no grouping, no unit, no ambiguity. */
  private static final Pattern PLAIN_NUMBER =
      Pattern.compile("[+-]?(\\d+|\\d+[.,]\\d{1,2}|\\d+[.,]\\d{4,}|0[.,]\\d+)");

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private ValueChecks() {}

  /** Text that is UTF-8 read as Latin-1 ("KÃ©dougou"), in any text field or unit cell. */
  public static List<Issue> mojibake(StagedRow row) {
    List<Issue> issues = new ArrayList<>();
    for (String text : texts(row)) {
      String repaired = NameNormalizer.repairMojibake(text);
      if (!repaired.equals(text)) {
        issues.add(Issue.of(IssueCode.TEXT_MOJIBAKE, row.at(null), text, repaired));
      }
    }
    return issues;
  }

  /**
   * A count or amount read from text with grouping spaces, scale words, a currency, a leading
   * apostrophe, scientific notation or an ambiguous separator ("12 487", "1,2 milliard",
   * "4.34E+10", "12.487"): the value is kept, and the report says how it was read. Approximate and
   * missing values are reported by the number parser already.
   */
  public static List<Issue> numbersReadFromText(StagedRow row) {
    List<Issue> issues = new ArrayList<>();
    List<Quantity> quantities = new ArrayList<>(quantities(row));
    quantities.add(row.unitTransfer());
    for (Quantity quantity : quantities) {
      if (quantity == null || !quantity.isPresent() || quantity.approximate()) {
        continue;
      }
      String raw = quantity.raw() == null ? "" : quantity.raw().strip();
      if (!isDigits(raw) && !PLAIN_NUMBER.matcher(raw).matches()) {
        issues.add(
            Issue.of(IssueCode.NUMBER_TEXT, row.at(null), raw, quantity.value().toPlainString()));
      }
    }
    return issues;
  }

  /** A percentage (unit "%", "taux", or a value written with "%") below 0 or above 100. */
  public static List<Issue> percentagesInRange(StagedRow row) {
    boolean percentUnit = isPercentUnit(row.unit());
    List<Issue> issues = new ArrayList<>();
    for (Quantity quantity : quantities(row)) {
      if (quantity == null || !quantity.isPresent()) {
        continue;
      }
      boolean percent = percentUnit || Objects.toString(quantity.raw(), "").contains("%");
      BigDecimal value = quantity.value();
      if (percent && (value.signum() < 0 || value.compareTo(HUNDRED) > 0)) {
        issues.add(Issue.of(IssueCode.VALUE_OUT_OF_RANGE, row.at(null), quantity.raw()));
      }
    }
    return issues;
  }

  /** Only digits, at least one: the usual plain number, known without the pattern. */
  private static boolean isDigits(String text) {
    if (text.isEmpty()) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) < '0' || text.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  static boolean isPercentUnit(String unit) {
    if (unit == null) {
      return false;
    }
    String lower = unit.strip().toLowerCase(java.util.Locale.ROOT);
    return lower.equals("%")
        || lower.startsWith("taux")
        || lower.startsWith("pourcent")
        || lower.startsWith("percent");
  }

  private static List<Quantity> quantities(StagedRow row) {
    return Arrays.asList(row.targeted(), row.reached(), row.value());
  }

  private static List<String> texts(StagedRow row) {
    List<String> texts = new ArrayList<>();
    for (String text :
        Arrays.asList(
            row.organisation(),
            row.sector(),
            row.activity(),
            row.country(),
            row.status(),
            row.beneficiary(),
            row.unit(),
            raw(row.adm1()),
            raw(row.adm2()))) {
      if (text != null && !text.isEmpty()) {
        texts.add(text);
      }
    }
    return texts;
  }

  private static String raw(UnitCell cell) {
    return cell == null ? null : cell.raw();
  }
}
