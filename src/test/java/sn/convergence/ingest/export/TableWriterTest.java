package sn.convergence.ingest.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class TableWriterTest {

  static final List<String> RISKY =
      List.of("=HYPERLINK(\"http://x\",\"y\")", "+cmd|' /C calc'!A0", "@SUM(1)", "-2+3");

  @Test
  void writesCsvInUtf8WithABomAndNeutralisesFormulaCells() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (TableWriter table = TableWriter.csv(out)) {
      table.header(List.of("Organisation", "Budget"), List.of("#org", "#value"));
      for (String risky : RISKY) {
        table.row(Arrays.asList(risky, 1_250_000L));
      }
      table.row(Arrays.asList("Kédougou", null));
    }
    byte[] bytes = out.toByteArray();

    assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
    String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    assertThat(text.split("\r\n"))
        .containsExactly(
            "Organisation,Budget",
            "\"#org\",\"#value\"",
            "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",1250000",
            "'+cmd|' /C calc'!A0,1250000",
            "'@SUM(1),1250000",
            "'-2+3,1250000",
            "Kédougou,");
  }

  @Test
  void writesXlsxCellsAsStringsAndNumbersNeverFormulas() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (TableWriter table = TableWriter.xlsx(out, "Registre")) {
      table.header(List.of("Organisation", "Budget"), List.of("#org", "#value"));
      for (String risky : RISKY) {
        table.row(Arrays.asList(risky, 1_250_000L));
      }
    }

    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
      Sheet sheet = book.getSheet("Registre");
      assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 2);
      for (int r = 2; r < 2 + RISKY.size(); r++) {
        Row row = sheet.getRow(r);
        assertThat(row.getCell(0).getCellType()).isEqualTo(CellType.STRING);
        assertThat(row.getCell(0).getStringCellValue()).isEqualTo("'" + RISKY.get(r - 2));
        assertThat(row.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(row.getCell(1).getNumericCellValue()).isEqualTo(1_250_000d);
      }
      assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("#org");
    }
  }
}
