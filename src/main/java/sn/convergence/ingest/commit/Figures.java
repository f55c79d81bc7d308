package sn.convergence.ingest.commit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import sn.convergence.ingest.Issue;
import sn.convergence.ingest.IssueCode;
import sn.convergence.ingest.Quantity;

/** Turns read quantities into the registry's whole numbers, saying when it rounds or converts. */
final class Figures {

  private Figures() {}

  /** A count as a whole number; null when absent. Adds a warning when the value had decimals. */
  static Long count(Quantity quantity, Issue.Location at, List<Issue> issues) {
    if (quantity == null || !quantity.isPresent()) {
      return null;
    }
    return whole(quantity.value(), quantity.raw(), at, issues);
  }

  /** An amount in whole XOF; null when absent or in a currency without a rate (with a warning). */
  static Long xof(
      BigDecimal value,
      String currency,
      String raw,
      ImportOptions options,
      Issue.Location at,
      List<Issue> issues) {
    if (value == null) {
      return null;
    }
    BigDecimal rate = options.rateToXof(currency);
    if (rate == null) {
      issues.add(Issue.of(IssueCode.CURRENCY_UNSUPPORTED, at, currency));
      return null;
    }
    if (rate.compareTo(BigDecimal.ONE) != 0) {
      issues.add(
          Issue.of(
              IssueCode.CURRENCY_CONVERTED,
              at,
              currency.toUpperCase(java.util.Locale.ROOT),
              rate.toPlainString()));
      return value.multiply(rate).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }
    return whole(value, raw, at, issues);
  }

  private static Long whole(BigDecimal value, String raw, Issue.Location at, List<Issue> issues) {
    BigDecimal rounded = value.setScale(0, RoundingMode.HALF_UP);
    if (rounded.compareTo(value) != 0) {
      issues.add(Issue.of(IssueCode.NUMBER_ROUNDED, at, raw, rounded.toPlainString()));
    }
    return rounded.longValueExact();
  }
}
