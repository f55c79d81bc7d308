package sn.convergence.ingest.sheet;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import sn.convergence.ingest.IngestException;
import sn.convergence.ingest.Issue;
import sn.convergence.ingest.IssueCode;
import sn.convergence.ingest.RawRow;

/**
 * Streams a CSV file as one sheet: encoding detected ({@link EncodingDetector}), separator found
 * among {@code ,}, {@code ;} and tab from the first lines, rows handed to the sink one at a time.
 */
public final class CsvSheetReader {

  private static final int SAMPLE_LINES = 25;
  private static final List<Character> SEPARATORS = List.of(',', ';', '\t');

  /** Reads the file into the sink under the given sheet name. */
  public void read(Path path, String sheetName, RowSink sink) {
    EncodingDetector.Encoding encoding = EncodingDetector.detect(path);
    char separator = detectSeparator(path, encoding);
    sink.textFormat(encoding.charset().name(), encoding.fallback(), separator);
    CSVFormat format =
        CSVFormat.DEFAULT.builder().setDelimiter(separator).setIgnoreEmptyLines(false).get();
    sink.startSheet(sheetName);
    long rowNumber = 0;
    try (Reader reader = open(path, encoding);
        CSVParser parser = format.parse(reader)) {
      for (CSVRecord record : parser) {
        rowNumber++;
        sink.row(new RawRow(sheetName, (int) rowNumber, record.toList()));
      }
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      String detail = "ligne/row " + (rowNumber + 1) + " — " + e.getMessage();
      throw new IngestException(Issue.ofFile(IssueCode.FILE_UNREADABLE, detail), e);
    }
    sink.endSheet();
  }

  private static Reader open(Path path, EncodingDetector.Encoding encoding) throws IOException {
    InputStream in = Files.newInputStream(path);
    in.skipNBytes(encoding.bomLength());
    return new BufferedReader(new InputStreamReader(in, encoding.charset()), 64 * 1024);
  }

  /** The separator that occurs most often outside quotes in the first lines; comma on a tie. */
  static char detectSeparator(Path path, EncodingDetector.Encoding encoding) {
    long[] counts = new long[SEPARATORS.size()];
    try (BufferedReader reader = new BufferedReader(open(path, encoding))) {
      String line;
      int lines = 0;
      while (lines < SAMPLE_LINES && (line = readBoundedLine(reader)) != null) {
        lines++;
        countOutsideQuotes(line, counts);
      }
    } catch (IOException e) {
      throw new IngestException(Issue.ofFile(IssueCode.FILE_UNREADABLE, e.getMessage()), e);
    }
    int best = 0;
    for (int i = 1; i < counts.length; i++) {
      if (counts[i] > counts[best]) {
        best = i;
      }
    }
    return SEPARATORS.get(best);
  }

  /** A line cut at 1 MB, so a huge cell cannot fill memory while sampling. */
  private static String readBoundedLine(BufferedReader reader) throws IOException {
    StringBuilder line = new StringBuilder();
    int c;
    while ((c = reader.read()) != -1 && c != '\n') {
      if (line.length() < 1_000_000) {
        line.append((char) c);
      }
    }
    return c == -1 && line.length() == 0 ? null : line.toString();
  }

  private static void countOutsideQuotes(String line, long[] counts) {
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted) {
        int index = SEPARATORS.indexOf(c);
        if (index >= 0) {
          counts[index]++;
        }
      }
    }
  }
}
