package sn.convergence.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.core.io.ClassPathResource;

/**
 * Reads the reference data files shipped on the classpath (UTF-8 CSV with one header row) and
 * computes the checksum that repeatable reference-data migrations report to Flyway.
 */
public final class ReferenceFiles {

  private ReferenceFiles() {}

  /** The records of a classpath CSV file, header excluded; fails if the file is missing. */
  public static List<CSVRecord> read(String resource) throws IOException {
    try (InputStream in = new ClassPathResource(resource).getInputStream();
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      return new ArrayList<>(
          CSVFormat.RFC4180
              .builder()
              .setHeader()
              .setSkipHeaderRecord(true)
              .get()
              .parse(reader)
              .getRecords());
    }
  }

  /** A CRC-32 over the bytes of the files, in order: changes whenever one of them changes. */
  public static int checksum(List<String> resources) {
    CRC32 crc = new CRC32();
    for (String resource : resources) {
      try (InputStream in = new ClassPathResource(resource).getInputStream()) {
        crc.update(in.readAllBytes());
      } catch (IOException e) {
        throw new IllegalStateException("Missing reference file " + resource, e);
      }
    }
    return (int) crc.getValue();
  }
}
