package sn.convergence.ingest.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import sn.convergence.geography.ReferenceGeography;
import sn.convergence.ingest.IatiStaging;
import sn.convergence.ingest.ImportReport;
import sn.convergence.ingest.IngestException;
import sn.convergence.ingest.RawRow;
import sn.convergence.ingest.SourceFile;
import sn.convergence.ingest.SpreadsheetStaging;
import sn.convergence.ingest.iati.IatiReader;
import sn.convergence.ingest.sheet.CsvSheetReader;
import sn.convergence.ingest.sheet.RowSink;
import sn.convergence.ingest.sheet.XlsxSheetReader;

/**
 * The file readers end with rows or an {@link IngestException}, never another exception, and the
 * staging pipeline built on them always ends with a report, whatever the bytes. Regression mode
 * (every {@code mvn test}) replays the inputs under {@code
 * src/test/resources/sn/convergence/ingest/fuzz/ReaderFuzzTestInputs}; see the README to fuzz.
 */
class ReaderFuzzTest {

  private static final SpreadsheetStaging STAGING =
      new SpreadsheetStaging(ReferenceGeography.resolver(), null);
  private static Path dir;

  @BeforeAll
  static void createDirectory() throws IOException {
    dir = Files.createTempDirectory("convergence-fuzz");
  }

  @AfterAll
  static void deleteDirectory() throws IOException {
    try (var files = Files.list(dir)) {
      for (Path file : files.toList()) {
        Files.delete(file);
      }
    }
    Files.delete(dir);
  }

  @FuzzTest(maxDuration = "60s")
  void csvReaderEndsWithRowsOrAnIngestException(byte[] input) {
    Path file = write("input.csv", input);
    readOrRefuse(() -> new CsvSheetReader().read(file, "input.csv", new CountingSink()));
    assertReport(STAGING.stage(SourceFile.of(file), row -> {}));
  }

  @FuzzTest(maxDuration = "60s")
  void xlsxReaderEndsWithRowsOrAnIngestException(byte[] input) {
    Path file = write("input.xlsx", input);
    readOrRefuse(() -> new XlsxSheetReader().read(file, new CountingSink()));
    assertReport(STAGING.stage(SourceFile.of(file), row -> {}));
  }

  @FuzzTest(maxDuration = "60s")
  void iatiReaderEndsWithActivitiesOrAnIngestException(byte[] input) {
    Path file = write("input.xml", input);
    readOrRefuse(() -> new IatiReader().read(file, activity -> {}, issue -> {}));
    assertReport(new IatiStaging("SN").stage(SourceFile.of(file), activity -> {}));
  }

  private static void readOrRefuse(Runnable read) {
    try {
      read.run();
    } catch (IngestException refused) {
      assertThat(refused.issue()).isNotNull();
      assertThat(refused.messageFr()).isNotBlank();
    }
  }

  private static void assertReport(ImportReport report) {
    assertThat(report).isNotNull();
    assertThat(report.rowsRead())
        .isEqualTo(report.rowsValid() + report.rowsWithErrors() + report.rowsSkipped());
    if (report.fatal()) {
      assertThat(report.errors()).isPositive();
    }
  }

  private static Path write(String name, byte[] input) {
    Path file = dir.resolve(name);
    try {
      Files.write(file, input);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  /** Receives rows and keeps nothing but a count. */
  private static final class CountingSink implements RowSink {
    private long rows;

    @Override
    public void startSheet(String name) {}

    @Override
    public void row(RawRow row) {
      rows++;
    }
  }
}
