package sn.convergence.ingest.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static sn.convergence.ingest.validate.StagedRows.codes;

import java.util.List;
import org.junit.jupiter.api.Test;
import sn.convergence.ingest.Issue;
import sn.convergence.ingest.IssueCode;
import sn.convergence.ingest.Severity;

class TransferChecksTest {

  private static StagedRows cashTransfer() {
    return StagedRows.row().department("Kanel", "SN0901").period("2022").transfer("80 000");
  }

  @Test
  void warnsWhenTheBudgetIsNotHouseholdsTimesTheTransfer() {
    List<Issue> issues =
        TransferChecks.budgetMatchesTransfer(
            cashTransfer().reached("1 200").value("105 000 000").build());

    assertThat(codes(issues)).containsExactly(IssueCode.BUDGET_TRANSFER_MISMATCH);
    Issue issue = issues.get(0);
    assertThat(issue.severity()).isEqualTo(Severity.WARNING);
    assertThat(issue.sheet()).isEqualTo("S");
    assertThat(issue.row()).isEqualTo(2);
    assertThat(issue.messageFr())
        .isEqualTo(
            "Budget 105000000 différent de bénéficiaires × transfert unitaire : 1200 × 80000 ="
                + " 96000000 (écart de 9.4 %).");
    assertThat(issue.messageEn())
        .isEqualTo(
            "Budget 105000000 differs from beneficiaries × unit transfer: 1200 × 80000 = 96000000"
                + " (9.4% apart).");
  }

  @Test
  void acceptsABudgetWithinTwoPercentOfTheProduct() {
    assertThat(
            TransferChecks.budgetMatchesTransfer(
                cashTransfer().reached("1200").value("96 000 000").build()))
        .isEmpty();
    assertThat(
            TransferChecks.budgetMatchesTransfer(
                cashTransfer().reached("1200").value("94 080 000").build()))
        .as("2.0% below: at the tolerance")
        .isEmpty();
    assertThat(
            TransferChecks.budgetMatchesTransfer(
                cashTransfer().reached("1200").value("94 000 000").build()))
        .as("2.1% below")
        .hasSize(1);
  }

  @Test
  void countsTheReachedBeneficiariesElseTheTargetedOnes() {
    assertThat(
            TransferChecks.budgetMatchesTransfer(
                cashTransfer().targeted("1 500").reached("1 200").value("96 000 000").build()))
        .isEmpty();
    assertThat(
            TransferChecks.budgetMatchesTransfer(
                cashTransfer().targeted("1 500").value("96 000 000").build()))
        .extracting(Issue::messageEn)
        .singleElement()
        .asString()
        .contains("1500 × 80000 = 120000000");
  }

  @Test
  void checksNothingWithoutATransferABudgetOrACount() {
    assertThat(
            TransferChecks.budgetMatchesTransfer(
                StagedRows.row().reached("1200").value("1 000").build()))
        .isEmpty();
    assertThat(TransferChecks.budgetMatchesTransfer(cashTransfer().reached("1200").build()))
        .isEmpty();
    assertThat(TransferChecks.budgetMatchesTransfer(cashTransfer().value("1 000").build()))
        .isEmpty();
  }

  @Test
  void leavesApproximateFiguresAndMixedCurrenciesAlone() {
    assertThat(
            TransferChecks.budgetMatchesTransfer(
                cashTransfer().reached("environ 1 200").value("1 000").build()))
        .isEmpty();
    assertThat(
            TransferChecks.budgetMatchesTransfer(
                cashTransfer().reached("1 200").value("160 000 USD").build()))
        .isEmpty();
  }

  @Test
  void comparesAmountsInTheSameNamedCurrency() {
    assertThat(
            TransferChecks.budgetMatchesTransfer(
                StagedRows.row().reached("1 000").transfer("130 USD").value("160 000 USD").build()))
        .extracting(Issue::code)
        .containsExactly(IssueCode.BUDGET_TRANSFER_MISMATCH);
    assertThat(
            TransferChecks.budgetMatchesTransfer(
                StagedRows.row()
                    .reached("1 000")
                    .transfer("80 000 FCFA")
                    .value("80 000 000")
                    .build()))
        .as("FCFA and a cell naming no currency are both XOF")
        .isEmpty();
  }

  @Test
  void runsWithTheStandardRowChecks() {
    List<Issue> issues =
        sn.convergence.ingest.Validator.all(
            RowValidators.standard(), cashTransfer().reached("1200").value("50000000").build());
    assertThat(codes(issues)).contains(IssueCode.BUDGET_TRANSFER_MISMATCH);
  }
}
