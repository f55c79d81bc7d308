package sn.convergence.ingest.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static sn.convergence.ingest.validate.StagedRows.codes;
import static sn.convergence.ingest.validate.StagedRows.row;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import sn.convergence.ingest.IssueCode;
import sn.convergence.ingest.StagedRow;

class SheetChecksTest {

  private static List<StagedRow> years(int count) {
    List<StagedRow> rows = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      rows.add(row().at("2021", i + 2).period("2021").unit("ménages").build());
    }
    return rows;
  }

  @Test
  void namesARowWhosePeriodIsWrittenUnlikeTheRestOfTheSheet() {
    List<StagedRow> rows = years(8);
    rows.add(row().at("2021", 20).period("juin 2021").unit("ménages").build());
    var issues = SheetChecks.periodPrecision(rows);
    assertThat(codes(issues)).containsExactly(IssueCode.PERIOD_MIXED_PRECISION);
    assertThat(issues.get(0).row()).isEqualTo(20);
  }

  @Test
  void acceptsASheetWrittenInTwoWaysAboutEqually() {
    List<StagedRow> rows = years(4);
    for (int i = 0; i < 4; i++) {
      rows.add(row().at("2021", 30 + i).period("T1 2021").build());
    }
    assertThat(SheetChecks.periodPrecision(rows)).isEmpty();
  }

  @Test
  void namesTheFewRowsCountedInAnotherUnit() {
    List<StagedRow> rows = years(8);
    rows.add(row().at("2021", 21).period("2021").unit("Personnes").build());
    rows.add(row().at("2021", 22).period("2021").unit("MENAGES").build());
    var issues = SheetChecks.minorityUnits(rows);
    assertThat(codes(issues)).containsExactly(IssueCode.MIXED_UNITS);
    assertThat(issues.get(0).row()).isEqualTo(21);
  }

  @Test
  void acceptsTwoMeasuresOfOneOperation() {
    List<StagedRow> rows = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      rows.add(row().at("S", i + 2).unit(i % 2 == 0 ? "élèves" : "écoles").build());
    }
    assertThat(SheetChecks.minorityUnits(rows)).isEmpty();
  }
}
