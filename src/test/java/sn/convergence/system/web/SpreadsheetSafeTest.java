package sn.convergence.system.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SpreadsheetSafeTest {

  @ParameterizedTest
  @ValueSource(strings = {"=HYPERLINK(\"http://x\")", "+1+1", "-2+3", "@SUM(A1)", "\tx", "\rx"})
  void prefixesCellsThatASpreadsheetWouldRun(String text) {
    assertThat(SpreadsheetSafe.cell(text)).isEqualTo("'" + text);
  }

  @Test
  void leavesOrdinaryTextAlone() {
    assertThat(SpreadsheetSafe.cell("Kédougou")).isEqualTo("Kédougou");
    assertThat(SpreadsheetSafe.cell("")).isEmpty();
    assertThat(SpreadsheetSafe.cell(null)).isNull();
  }
}
