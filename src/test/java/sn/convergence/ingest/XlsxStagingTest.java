package sn.convergence.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sn.convergence.geography.PCode;
import sn.convergence.geography.ReferenceGeography;

class XlsxStagingTest {

  @TempDir Path dir;

  private final SpreadsheetStaging staging =
      new SpreadsheetStaging(ReferenceGeography.resolver(), null);

  private Path workbook(String name, Object[][]... sheets) throws IOException {
    Path file = dir.resolve(name);
    try (XSSFWorkbook book = new XSSFWorkbook();
        OutputStream out = Files.newOutputStream(file)) {
      for (int s = 0; s < sheets.length; s++) {
        Sheet sheet = book.createSheet("Feuille " + (s + 1));
        for (int r = 0; r < sheets[s].length; r++) {
          Row row = sheet.createRow(r);
          for (int c = 0; c < sheets[s][r].length; c++) {
            Object value = sheets[s][r][c];
            if (value instanceof Number number) {
              row.createCell(c).setCellValue(number.doubleValue());
            } else if (value != null) {
              row.createCell(c).setCellValue(value.toString());
            }
          }
        }
      }
      book.write(out);
    }
    return file;
  }

  private static Object[][] threeW(Object[]... data) {
    Object[][] rows = new Object[data.length + 9][];
    rows[0] = new Object[] {"Cartographie 3W – protection sociale"};
    for (int i = 1; i < 7; i++) {
      rows[i] = new Object[] {};
    }
    rows[7] = new Object[] {"Organisation", "Département", "Activité", "Période", "Ménages"};
    rows[8] = new Object[] {"#org", "#adm2+name", "#activity", "#date", "#reached"};
    System.arraycopy(data, 0, rows, 9, data.length);
    return rows;
  }

  @Test
  void readsSeveralSheetsWithTheHashtagRowOnLineNine() throws IOException {
    Path file =
        workbook(
            "3w.xlsx",
            threeW(
                new Object[] {"DGPSN", "MEDINA YORO FOULAH", "PNBSF", "T1 2021", 1234.567},
                new Object[] {"DGPSN", "Ranerou", "PNBSF", 44365, "12 487"}),
            threeW(new Object[] {"WFP", "Linguère/Louga", "Cantines", "2021/22", "#REF!"}));
    SpreadsheetStaging.Preview preview = staging.preview(SourceFile.of(file));
    List<StagedRow> rows = preview.rows();

    assertThat(preview.report().sheets()).containsExactly("Feuille 1", "Feuille 2");
    assertThat(rows).hasSize(3);
    assertThat(rows.get(0).rowNumber()).isEqualTo(10);
    assertThat(rows.get(0).adm2().pcodes()).containsExactly(PCode.of("SN0702"));
    assertThat(rows.get(0).reached().value()).isEqualByComparingTo("1234.567");
    assertThat(rows.get(0).period().label()).isEqualTo("2021-Q1");
    assertThat(rows.get(1).adm2().pcodes()).containsExactly(PCode.of("SN0903"));
    assertThat(rows.get(1).period().label()).isEqualTo("2021-06-18");
    assertThat(rows.get(1).reached().value()).isEqualByComparingTo("12487");
    assertThat(rows.get(2).sheet()).isEqualTo("Feuille 2");
    assertThat(rows.get(2).adm2().status()).isEqualTo(UnitCell.Status.MULTIPLE);
    assertThat(rows.get(2).issues())
        .extracting(Issue::code)
        .contains(IssueCode.NUMBER_FORMULA_ERROR, IssueCode.UNIT_MULTIPLE);
  }

  @Test
  void refusesATenMegabyteCellWithAClearMessage() throws IOException {
    char[] huge = new char[10 * 1024 * 1024];
    Arrays.fill(huge, 'x');
    Path file = dir.resolve("huge-cell.csv");
    Files.writeString(
        file,
        "Organisation;Région;Année\n#org;#adm1;#date\n" + new String(huge) + ";Matam;2021\n",
        StandardCharsets.UTF_8);
    SpreadsheetStaging.Preview preview = staging.preview(SourceFile.of(file));

    assertThat(preview.report().fatal()).isFalse();
    StagedRow row = preview.rows().get(0);
    assertThat(row.issues()).extracting(Issue::code).contains(IssueCode.CELL_TOO_LONG);
    assertThat(row.organisation()).isNull();
    assertThat(row.isValid()).isFalse();
  }

  @Test
  void reportsATruncatedWorkbookAsUnreadable() throws IOException {
    Path good = workbook("good.xlsx", threeW(new Object[] {"DGPSN", "Podor", "PNBSF", 2021, 5}));
    byte[] bytes = Files.readAllBytes(good);
    Path truncated =
        Files.write(dir.resolve("truncated.xlsx"), Arrays.copyOf(bytes, bytes.length / 2));

    ImportReport report = staging.stage(SourceFile.of(truncated), row -> {});

    assertThat(report.fatal()).isTrue();
    assertThat(report.issues().get(0).code()).isEqualTo(IssueCode.FILE_UNREADABLE);
    assertThat(report.issues().get(0).messageFr()).startsWith("Le fichier ne peut pas être lu");
  }

  @Test
  void reportsGarbageAsUnreadable() throws IOException {
    Path garbage = Files.writeString(dir.resolve("garbage.xlsx"), "ceci n'est pas un classeur");
    ImportReport report = staging.stage(SourceFile.of(garbage), row -> {});
    assertThat(report.fatal()).isTrue();
    assertThat(report.count(IssueCode.FILE_UNREADABLE)).isEqualTo(1);
  }

  @Test
  void refusesAZipBomb() throws IOException {
    Path model = workbook("model.xlsx", threeW(new Object[] {"DGPSN", "Podor", "PNBSF", 2021, 5}));
    Path bomb = dir.resolve("bomb.xlsx");
    try (ZipFile source = new ZipFile(model.toFile());
        ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(bomb))) {
      for (ZipEntry entry : java.util.Collections.list(source.entries())) {
        zip.putNextEntry(new ZipEntry(entry.getName()));
        if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
          writeHugeSheet(zip);
        } else {
          source.getInputStream(entry).transferTo(zip);
        }
        zip.closeEntry();
      }
    }
    assertThat(Files.size(bomb)).isLessThan(300_000);

    ImportReport report = staging.stage(SourceFile.of(bomb), row -> {});

    assertThat(report.fatal()).isTrue();
    assertThat(report.issues().get(0).code())
        .as(report.issues().get(0).messageEn())
        .isEqualTo(IssueCode.FILE_TOO_LARGE);
  }

  /** A sheet of 64 MB that compresses about a thousand times. */
  private static void writeHugeSheet(OutputStream zip) throws IOException {
    zip.write(
        "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
            .getBytes(StandardCharsets.UTF_8));
    byte[] spaces = new byte[1024 * 1024];
    Arrays.fill(spaces, (byte) ' ');
    for (int i = 0; i < 64; i++) {
      zip.write(spaces);
    }
    zip.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void reportsAnEmptyFile() throws IOException {
    for (String name : List.of("empty.csv", "empty.xlsx")) {
      Path empty = Files.createFile(dir.resolve(name));
      ImportReport report = staging.stage(SourceFile.of(empty), row -> {});
      assertThat(report.fatal()).isTrue();
      assertThat(report.count(IssueCode.FILE_EMPTY)).isEqualTo(1);
      assertThat(report.issues().get(0).messageEn()).isEqualTo("The file is empty.");
    }
  }

  @Test
  void refusesBinaryContentGivenAsCsv() throws IOException {
    Path utf16 = dir.resolve("utf16.csv");
    Files.write(utf16, "Organisation;Région\nDGPSN;Matam\n".getBytes(StandardCharsets.UTF_16LE));
    ImportReport report = staging.stage(SourceFile.of(utf16), row -> {});
    assertThat(report.fatal()).isTrue();
    assertThat(report.count(IssueCode.FILE_UNREADABLE)).isEqualTo(1);
  }
}
