package sn.convergence.ingest.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static sn.convergence.ingest.validate.StagedRows.codes;
import static sn.convergence.ingest.validate.StagedRows.row;

import org.junit.jupiter.api.Test;
import sn.convergence.ingest.IssueCode;

class ValueChecksTest {

  @Test
  void namesTextGarbledByAWrongEncodingWithItsRepair() {
    var issues = ValueChecks.mojibake(row().department("KÃ©dougou", "SN0601").build());
    assertThat(codes(issues)).containsExactly(IssueCode.TEXT_MOJIBAKE);
    assertThat(issues.get(0).messageFr()).contains("« Kédougou »");
    assertThat(ValueChecks.mojibake(row().department("Kédougou", "SN0601").build())).isEmpty();
  }

  @Test
  void saysHowANumberWrittenAsTextWasRead() {
    for (String text :
        new String[] {
          "12 487", "12\u202F487", "12.487", "1,2 milliard", "35 000 F CFA", "4.34E+10", "'12487"
        }) {
      assertThat(codes(ValueChecks.numbersReadFromText(row().reached(text).build())))
          .as(text)
          .containsExactly(IssueCode.NUMBER_TEXT);
    }
    assertThat(ValueChecks.numbersReadFromText(row().reached("12 487").build()).get(0).messageEn())
        .contains("read as 12487");
  }

  @Test
  void leavesPlainNumbersApproximationsAndMissingValuesAlone() {
    for (String text : new String[] {"12487", "-5", "1234,50", "1234.5670", "~3000", "n.d.", ""}) {
      assertThat(ValueChecks.numbersReadFromText(row().reached(text).build())).as(text).isEmpty();
    }
  }

  @Test
  void refusesAPercentageAboveAHundredOrBelowZero() {
    assertThat(codes(ValueChecks.percentagesInRange(row().unit("%").reached("482").build())))
        .containsExactly(IssueCode.VALUE_OUT_OF_RANGE);
    assertThat(codes(ValueChecks.percentagesInRange(row().reached("653 %").build())))
        .containsExactly(IssueCode.VALUE_OUT_OF_RANGE);
    assertThat(ValueChecks.percentagesInRange(row().unit("%").reached("48,2").build())).isEmpty();
    assertThat(ValueChecks.percentagesInRange(row().unit("ménages").reached("482").build()))
        .isEmpty();
    assertThat(IssueCode.VALUE_OUT_OF_RANGE.severity())
        .isEqualTo(sn.convergence.ingest.Severity.ERROR);
  }
}
