package sn.convergence.ingest.validate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import sn.convergence.geography.NameResolver;
import sn.convergence.ingest.Issue;
import sn.convergence.ingest.IssueCode;
import sn.convergence.ingest.Quantity;
import sn.convergence.ingest.StagedRow;
import sn.convergence.ingest.UnitCell;
import sn.convergence.ingest.Validator;

/** The row checks of a 3W import, each a small named {@link Validator}. */
public final class RowValidators {

  private RowValidators() {}

  /** The standard list, in the order they run. */
  public static List<Validator<StagedRow>> standard() {
    return List.of(
        RowValidators::organisationPresent,
        RowValidators::unitPresent,
        RowValidators::countsNotNegative,
        RowValidators::reachedWithinTarget,
        RowValidators::yearPresent,
        TransferChecks::budgetMatchesTransfer,
        ValueChecks::mojibake,
        ValueChecks::numbersReadFromText,
        ValueChecks::percentagesInRange);
  }

  /** The standard list followed by the unit checks that read the geography ({@link UnitChecks}). */
  public static List<Validator<StagedRow>> withGeography(NameResolver resolver) {
    List<Validator<StagedRow>> all = new ArrayList<>(standard());
    all.addAll(new UnitChecks(resolver).validators());
    return List.copyOf(all);
  }

  /** No organisation on the row: the "who" of a 3W is required. */
  public static List<Issue> organisationPresent(StagedRow row) {
    return row.organisation() == null
        ? List.of(Issue.of(IssueCode.ORGANISATION_MISSING, row.at(null)))
        : List.of();
  }

  /**
   * Neither a region nor a department, nor a country: a row naming only this country (rows in other
   * countries are skipped before validation) is a national figure.
   */
  public static List<Issue> unitPresent(StagedRow row) {
    return isBlank(row.adm1()) && isBlank(row.adm2()) && row.country() == null
        ? List.of(Issue.of(IssueCode.UNIT_MISSING, row.at(null)))
        : List.of();
  }

  /** Beneficiary counts, amounts and unit transfers below zero. */
  public static List<Issue> countsNotNegative(StagedRow row) {
    List<Issue> issues = new ArrayList<>();
    for (Quantity quantity :
        new Quantity[] {row.targeted(), row.reached(), row.value(), row.unitTransfer()}) {
      if (quantity != null && quantity.isPresent() && quantity.value().signum() < 0) {
        issues.add(Issue.of(IssueCode.NUMBER_NEGATIVE, row.at(null), quantity.raw()));
      }
    }
    return issues;
  }

  /** More people reached than targeted: allowed, but worth a look. */
  public static List<Issue> reachedWithinTarget(StagedRow row) {
    BigDecimal targeted = valueOf(row.targeted());
    BigDecimal reached = valueOf(row.reached());
    if (targeted == null || reached == null || targeted.signum() <= 0) {
      return List.of();
    }
    return reached.compareTo(targeted) > 0
        ? List.of(
            Issue.of(
                IssueCode.REACHED_ABOVE_TARGET,
                row.at(null),
                reached.toPlainString(),
                targeted.toPlainString()))
        : List.of();
  }

  /** No period, or a period without a year ("June"); an unreadable period is reported already. */
  public static List<Issue> yearPresent(StagedRow row) {
    if (row.period() != null && row.period().hasYear()) {
      return List.of();
    }
    boolean unreadable = row.issues().stream().anyMatch(i -> i.code() == IssueCode.PERIOD_INVALID);
    String label = row.period() == null ? "—" : row.period().label();
    return unreadable
        ? List.of()
        : List.of(Issue.of(IssueCode.PERIOD_MISSING_YEAR, row.at(null), label));
  }

  private static boolean isBlank(UnitCell cell) {
    return cell == null || cell.status() == UnitCell.Status.BLANK;
  }

  private static BigDecimal valueOf(Quantity quantity) {
    return quantity == null || !quantity.isPresent() ? null : quantity.value();
  }
}
