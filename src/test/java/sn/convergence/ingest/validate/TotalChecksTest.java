package sn.convergence.ingest.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static sn.convergence.ingest.validate.StagedRows.codes;
import static sn.convergence.ingest.validate.StagedRows.row;

import java.util.List;
import org.junit.jupiter.api.Test;
import sn.convergence.ingest.IssueCode;
import sn.convergence.ingest.StagedRow;

class TotalChecksTest {

  private static StagedRow data(int row, String reached) {
    return row().at("S", row).reached(reached).build();
  }

  private static StagedRow total(int row, String reached) {
    return row().at("S", row).reached(reached).total().build();
  }

  @Test
  void namesASubtotalThatIsNotTheSumOfItsRows() {
    List<StagedRow> rows =
        List.of(
            data(2, "100"),
            data(3, "200"),
            total(4, "300"),
            data(5, "50"),
            data(6, "60"),
            total(7, "111"),
            total(8, "411"));
    var issues = TotalChecks.subtotals(rows);
    assertThat(codes(issues)).containsExactly(IssueCode.SUBTOTAL_MISMATCH);
    assertThat(issues.get(0).row()).isEqualTo(7);
    assertThat(issues.get(0).messageFr()).contains("111", "110");
  }

  @Test
  void acceptsAGrandTotalThatSumsItsSubtotalsOrItsRows() {
    List<StagedRow> sumsSubtotals =
        List.of(data(2, "100"), total(3, "100"), data(4, "50"), total(5, "51"), total(6, "151"));
    assertThat(TotalChecks.subtotals(sumsSubtotals))
        .extracting(sn.convergence.ingest.Issue::row)
        .containsExactly(5);
    List<StagedRow> sumsRows = List.of(data(2, "12 487"), data(3, "13"), total(4, "12500"));
    assertThat(TotalChecks.subtotals(sumsRows)).isEmpty();
  }

  @Test
  void saysNothingWhenARowCannotBeSummed() {
    List<StagedRow> rows = List.of(data(2, "~3000"), data(3, "200"), total(4, "9999"));
    assertThat(TotalChecks.subtotals(rows)).isEmpty();
    List<StagedRow> missing = List.of(data(2, "n.d."), data(3, "200"), total(4, "9999"));
    assertThat(TotalChecks.subtotals(missing)).isEmpty();
  }
}
