package sn.convergence.ingest.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static sn.convergence.ingest.validate.StagedRows.codes;
import static sn.convergence.ingest.validate.StagedRows.row;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import sn.convergence.ingest.IssueCode;
import sn.convergence.ingest.StagedRow;

class AmountChecksTest {

  private static StagedRow budget(String year, String amount) {
    return row().at(year, 2).department("Podor", "SN1002").period(year).value(amount).build();
  }

  @Test
  void namesAnAmountThatLooksCumulativeSinceTheStart() {
    List<StagedRow> rows =
        List.of(budget("2021", "100"), budget("2022", "110"), budget("2023", "330"));
    var issues = AmountChecks.budgetTypes(rows);
    assertThat(codes(issues)).containsExactly(IssueCode.BUDGET_TYPE_AMBIGUOUS);
    assertThat(issues.get(0).sheet()).isEqualTo("2023");
  }

  @Test
  void acceptsGrowthAndNeverFlagsTheFirstPeriod() {
    assertThat(
            AmountChecks.budgetTypes(
                List.of(budget("2021", "100"), budget("2022", "150"), budget("2023", "220"))))
        .isEmpty();
    assertThat(
            AmountChecks.budgetTypes(
                List.of(budget("2021", "900"), budget("2022", "100"), budget("2023", "110"))))
        .isEmpty();
  }

  @Test
  void namesAnAmountOrdersOfMagnitudeFromItsColumn() {
    List<StagedRow> rows = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      rows.add(row().at("S", i + 2).value(String.valueOf(400_000_000 + i * 10_000_000)).build());
    }
    rows.add(row().at("S", 20).value("426,8").build());
    var issues = AmountChecks.scales(rows);
    assertThat(codes(issues)).containsExactly(IssueCode.VALUE_SCALE_SUSPECTED);
    assertThat(issues.get(0).row()).isEqualTo(20);
  }

  @Test
  void namesAnAmountInAnotherCurrencyThanItsColumn() {
    List<StagedRow> rows = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      rows.add(row().at("S", i + 2).value(i == 0 ? "35 000 FCFA" : "35000").build());
    }
    rows.add(row().at("S", 20).value("USD 41 250").build());
    var issues = AmountChecks.currencies(rows);
    assertThat(codes(issues)).containsExactly(IssueCode.CURRENCY_MIXED);
    assertThat(issues.get(0).messageEn()).contains("USD", "XOF");
  }
}
