package sn.convergence.context.internal;

import java.io.IOException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a context CSV (UTF-8, optional byte order mark, header row, comma or semicolon separated:
 * whichever the header holds more of; a semicolon file may use decimal commas) into {@link
 * ContextRows}. Empty lines are skipped and do not count as lines.
 */
public final class ContextCsv {

  private ContextCsv() {}

  public static ContextRows read(String csv, ContextRows.References references) {
    String text = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
    String firstLine = text.lines().findFirst().orElse("");
    char separator = count(firstLine, ';') > count(firstLine, ',') ? ';' : ',';
    ContextRows rows = new ContextRows(references, separator == ';');
    CSVFormat format =
        CSVFormat.RFC4180
            .builder()
            .setDelimiter(separator)
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .setTrim(true)
            .get();
    try (CSVParser parser = CSVParser.parse(text, format)) {
      if (!rows.header(parser.getHeaderNames())) {
        return rows;
      }
      for (CSVRecord record : parser) {
        if (!rows.row((int) record.getRecordNumber() + 1, record.toList())) {
          break;
        }
      }
    } catch (IOException | IllegalArgumentException | IllegalStateException e) {
      rows.unreadable("unreadable", "Not a readable CSV file: " + e.getMessage());
    }
    return rows;
  }

  private static int count(String text, char c) {
    return (int) text.chars().filter(x -> x == c).count();
  }
}
