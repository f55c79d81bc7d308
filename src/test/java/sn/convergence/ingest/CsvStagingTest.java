package sn.convergence.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sn.convergence.geography.PCode;
import sn.convergence.geography.ReferenceGeography;

class CsvStagingTest {

  private static final String HEADER = "Organisation;Département;Activité;Année;Ménages atteints\n";
  private static final String TAGS = "#org;#adm2 +name;#activity;#date;#reached\n";

  @TempDir Path dir;

  private final SpreadsheetStaging staging =
      new SpreadsheetStaging(ReferenceGeography.resolver(), null);

  private Path write(String name, String text, Charset charset, boolean bom) throws IOException {
    Path file = dir.resolve(name);
    byte[] body = text.getBytes(charset);
    byte[] bytes = body;
    if (bom) {
      bytes = new byte[body.length + 3];
      bytes[0] = (byte) 0xEF;
      bytes[1] = (byte) 0xBB;
      bytes[2] = (byte) 0xBF;
      System.arraycopy(body, 0, bytes, 3, body.length);
    }
    Files.write(file, bytes);
    return file;
  }

  private SpreadsheetStaging.Preview preview(Path file) {
    return staging.preview(SourceFile.of(file));
  }

  @Test
  void readsSemicolonUtf8WithBomAndDecimalComma() throws IOException {
    String text = HEADER + TAGS + "DGPSN;Kébémer;PNBSF;2021;12 487\nDGPSN;Podor;PNBSF;2021;1.204\n";
    SpreadsheetStaging.Preview preview =
        preview(write("a.csv", text, StandardCharsets.UTF_8, true));

    assertThat(preview.report().encoding()).isEqualTo("UTF-8");
    assertThat(preview.report().count(IssueCode.ENCODING_FALLBACK)).isZero();
    List<StagedRow> rows = preview.rows();
    assertThat(rows).hasSize(2).allMatch(StagedRow::isValid);
    assertThat(rows.get(0).adm2().pcodes()).containsExactly(PCode.of("SN0801"));
    assertThat(rows.get(0).reached().value()).isEqualByComparingTo("12487");
    assertThat(rows.get(1).reached().value()).isEqualByComparingTo("1204");
    assertThat(rows.get(0).organisation()).isEqualTo("DGPSN");
  }

  @Test
  void fallsBackToWindows1252AndSaysSo() throws IOException {
    String text = HEADER + TAGS + "DGPSN;Kébémer;PNBSF;2021;100\n";
    SpreadsheetStaging.Preview preview =
        preview(write("b.csv", text, Charset.forName("windows-1252"), false));

    assertThat(preview.report().encoding()).isEqualTo("windows-1252");
    assertThat(preview.report().count(IssueCode.ENCODING_FALLBACK)).isEqualTo(1);
    assertThat(preview.rows().get(0).adm2().pcodes()).containsExactly(PCode.of("SN0801"));
  }

  @Test
  void readsCommaSeparatedFilesWithPointDecimals() throws IOException {
    String text =
        "Organization,Region,Activity,Year,Reached\nWFP,Matam,School feeding,2022,24.06\n";
    StagedRow row = preview(write("c.csv", text, StandardCharsets.UTF_8, false)).rows().get(0);
    assertThat(row.reached().value()).isEqualByComparingTo("24.06");
    assertThat(row.adm1().pcodes()).containsExactly(PCode.of("SN09"));
  }

  @Test
  void keepsAMultiUnitCellAsAnAggregateWithAWarning() throws IOException {
    String text = HEADER + TAGS + "WFP;Bakel/Goudiry;Soudure;2022;3 000\n";
    StagedRow row = preview(write("d.csv", text, StandardCharsets.UTF_8, false)).rows().get(0);
    assertThat(row.adm2().status()).isEqualTo(UnitCell.Status.MULTIPLE);
    assertThat(row.adm2().pcodes()).containsExactly(PCode.of("SN1201"), PCode.of("SN1202"));
    assertThat(row.issues()).extracting(Issue::code).contains(IssueCode.UNIT_MULTIPLE);
    assertThat(row.isValid()).isTrue();
  }

  @Test
  void namesEveryProblemOfAMessyRow() throws IOException {
    String text =
        HEADER
            + TAGS
            + "DGPSN;Atlantis;PNBSF;2021;voir rapport\n"
            + ";Podor;PNBSF;juin;#REF!\n"
            + "DGPSN;Podor;PNBSF;l'an dernier;~3000\n"
            + "TOTAL;;;;15 487\n";
    SpreadsheetStaging.Preview preview =
        preview(write("e.csv", text, StandardCharsets.UTF_8, false));
    List<StagedRow> rows = preview.rows();

    assertThat(codes(rows.get(0))).contains(IssueCode.UNIT_UNKNOWN, IssueCode.NUMBER_FREE_TEXT);
    assertThat(codes(rows.get(1)))
        .contains(
            IssueCode.ORGANISATION_MISSING,
            IssueCode.NUMBER_FORMULA_ERROR,
            IssueCode.PERIOD_MISSING_YEAR);
    assertThat(codes(rows.get(2))).contains(IssueCode.PERIOD_INVALID, IssueCode.NUMBER_APPROXIMATE);
    assertThat(rows.get(3).skipped()).isTrue();
    assertThat(codes(rows.get(3))).containsExactly(IssueCode.TOTAL_ROW);
    Issue unknown = rows.get(0).issues().get(0);
    assertThat(unknown.row()).isEqualTo(3);
    assertThat(unknown.column()).isEqualTo("#adm2 +name");
    assertThat(preview.report().rowsWithErrors()).isEqualTo(3);
    assertThat(preview.report().rowsSkipped()).isEqualTo(1);
    assertThat(preview.report().committable(ImportMode.ALL_OR_NOTHING)).isFalse();
  }

  @Test
  void warnsWhenARegionTotalDiffersFromItsDepartments() throws IOException {
    String text =
        "Organisation;Région;Département;Activité;Année;Ménages atteints\n"
            + "DGPSN;Matam;;PNBSF;2021;1000\n"
            + "DGPSN;Matam;Kanel;PNBSF;2021;400\n"
            + "DGPSN;Matam;Matam;PNBSF;2021;500\n";
    ImportReport report = preview(write("f.csv", text, StandardCharsets.UTF_8, false)).report();
    assertThat(report.count(IssueCode.REGION_TOTAL_MISMATCH)).isEqualTo(1);
  }

  @Test
  void readsAUnitTransferColumnByHeaderAndWarnsWhenTheBudgetDisagrees() throws IOException {
    String text =
        "Organisation;Département;Activité;Année;Ménages atteints;Montant;Transfert unitaire\n"
            + "DGPSN;Kanel;TME 2022;2022;1 200;96 000 000;80 000 FCFA\n"
            + "DGPSN;Podor;TME 2022;2022;1 000;88 000 000;80 000 FCFA\n";
    List<StagedRow> rows = preview(write("g.csv", text, StandardCharsets.UTF_8, false)).rows();

    assertThat(rows.get(0).unitTransfer().value()).isEqualByComparingTo("80000");
    assertThat(rows.get(0).unitTransfer().currency()).isEqualTo("XOF");
    assertThat(codes(rows.get(0))).doesNotContain(IssueCode.BUDGET_TRANSFER_MISMATCH);
    assertThat(codes(rows.get(1))).contains(IssueCode.BUDGET_TRANSFER_MISMATCH);
    Issue mismatch =
        rows.get(1).issues().stream()
            .filter(i -> i.code() == IssueCode.BUDGET_TRANSFER_MISMATCH)
            .findFirst()
            .orElseThrow();
    assertThat(mismatch.row()).isEqualTo(3);
    assertThat(mismatch.messageFr()).contains("88000000", "1000 × 80000 = 80000000", "10.0 %");
    assertThat(rows).allMatch(StagedRow::isValid);
  }

  @Test
  void readsAUnitTransferColumnByItsHashtag() throws IOException {
    String text =
        HEADER.strip()
            + ";Budget;Transfert\n"
            + TAGS.strip()
            + ";#value;#value +transfer\n"
            + "DGPSN;Podor;TME 2022;2022;1000;80000000;80000\n";
    StagedRow row = preview(write("h.csv", text, StandardCharsets.UTF_8, false)).rows().get(0);
    assertThat(row.value().value()).isEqualByComparingTo("80000000");
    assertThat(row.unitTransfer().value()).isEqualByComparingTo("80000");
    assertThat(row.issues()).isEmpty();
  }

  @Test
  void streamsAHundredThousandRowsWithoutKeepingThem() throws IOException {
    Path file = dir.resolve("big.csv");
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write(HEADER);
      out.write(TAGS);
      for (int i = 0; i < 100_000; i++) {
        out.write("WFP;Podor;Cantines;2022;" + (i % 5000) + "\n");
      }
    }
    AtomicLong reached = new AtomicLong();
    long start = System.nanoTime();
    ImportReport report =
        staging.stage(
            SourceFile.of(file), row -> reached.addAndGet(row.reached().value().longValue()));
    double seconds = (System.nanoTime() - start) / 1e9;

    assertThat(report.rowsRead()).isEqualTo(100_000);
    assertThat(report.rowsValid()).isEqualTo(100_000);
    assertThat(reached.get()).isEqualTo(20 * (4999L * 5000 / 2));
    assertThat(report.issues()).isEmpty();
    System.out.printf("CSV staging: 100000 rows in %.2f s (%.0f rows/s)%n", seconds, 1e5 / seconds);
  }

  private static List<IssueCode> codes(StagedRow row) {
    return row.issues().stream().map(Issue::code).toList();
  }
}
