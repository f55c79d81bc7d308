package sn.convergence.ingest.iati;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Labels of IATI sector codes of vocabularies 1 (DAC 5-digit) and 2 (DAC 3-digit), in English and
 * French, from the bundled {@code reference/iati/sectors.csv} (IATI Standard, CC BY 4.0).
 */
public final class SectorCodelist {

  private static final String RESOURCE = "/reference/iati/sectors.csv";

  /** A sector's labels. */
  public record Label(String english, String french) {}

  private final Map<String, Label> labels;

  private SectorCodelist(Map<String, Label> labels) {
    this.labels = Map.copyOf(labels);
  }

  public static SectorCodelist bundled() {
    Map<String, Label> labels = new HashMap<>();
    try (InputStream in = SectorCodelist.class.getResourceAsStream(RESOURCE);
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
      for (CSVRecord row : format.parse(reader)) {
        labels.put(
            row.get("vocabulary") + ":" + row.get("code"),
            new Label(row.get("name_en"), row.get("name_fr")));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new SectorCodelist(labels);
  }

  /** The label of a code; vocabulary null or blank means 1, as the IATI standard says. */
  public Optional<Label> label(String vocabulary, String code) {
    String vocab = vocabulary == null || vocabulary.isBlank() ? "1" : vocabulary.strip();
    return Optional.ofNullable(labels.get(vocab + ":" + code));
  }

  public int size() {
    return labels.size();
  }
}
