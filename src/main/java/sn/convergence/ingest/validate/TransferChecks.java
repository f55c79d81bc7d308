package sn.convergence.ingest.validate;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import sn.convergence.ingest.Issue;
import sn.convergence.ingest.IssueCode;
import sn.convergence.ingest.Quantity;
import sn.convergence.ingest.StagedRow;

/**
 * The budget of a row against its beneficiaries and its unit transfer (demo spec, problem 11: "a
 * budget different from beneficiaries × unit transfer when the transfer is known"), as a pure
 * function returning a warning.
 */
public final class TransferChecks {

  /**
   * The budget may differ from beneficiaries × transfer by this share of the product (2%): enough
   * for rounded amounts, fees and a few unpaid beneficiaries, not for a wrong count or amount.
   */
  public static final BigDecimal TOLERANCE = new BigDecimal("0.02");

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private TransferChecks() {}

  /**
   * A row with a budget, a count (reached, else targeted) and a unit transfer, all exact (not
   * approximate) and the two amounts in the same currency (a cell naming none counts as XOF), whose
   * budget differs from count × transfer by more than {@link #TOLERANCE} of that product. A row
   * missing one of the three, with amounts in two currencies (no rate is known while staging) or
   * with a zero product is not checked.
   */
  public static List<Issue> budgetMatchesTransfer(StagedRow row) {
    Quantity count = exact(row.reached()) != null ? row.reached() : row.targeted();
    BigDecimal budget = exact(row.value());
    BigDecimal beneficiaries = exact(count);
    BigDecimal transfer = exact(row.unitTransfer());
    if (budget == null || beneficiaries == null || transfer == null) {
      return List.of();
    }
    if (!AmountChecks.currency(row.value()).equals(AmountChecks.currency(row.unitTransfer()))) {
      return List.of();
    }
    BigDecimal product = beneficiaries.multiply(transfer);
    if (product.signum() <= 0) {
      return List.of();
    }
    BigDecimal gap = budget.subtract(product).abs();
    if (gap.compareTo(product.multiply(TOLERANCE)) <= 0) {
      return List.of();
    }
    BigDecimal percent =
        gap.multiply(HUNDRED)
            .divide(product, MathContext.DECIMAL64)
            .setScale(1, RoundingMode.HALF_UP);
    return List.of(
        Issue.of(
            IssueCode.BUDGET_TRANSFER_MISMATCH,
            row.at(null),
            budget.toPlainString(),
            beneficiaries.toPlainString(),
            transfer.toPlainString(),
            product.stripTrailingZeros().toPlainString(),
            percent.toPlainString()));
  }

  private static BigDecimal exact(Quantity quantity) {
    return quantity == null || !quantity.isPresent() || quantity.approximate()
        ? null
        : quantity.value();
  }
}
