package sn.convergence.ingest.normalize;

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
import sn.convergence.geography.NameNormalizer;

/**
 * First-level unit names of neighbouring countries (bundled list), used only to tell a user that a
 * name not found in this country is another country's region rather than a typo.
 */
public final class ForeignUnits {

  private static final String RESOURCE = "/reference/ingest/foreign-admin1.csv";
  private final Map<String, String> countryByName;

  public ForeignUnits(Map<String, String> countryByName) {
    Map<String, String> keyed = new HashMap<>();
    countryByName.forEach((name, country) -> keyed.put(NameNormalizer.normalize(name), country));
    this.countryByName = Map.copyOf(keyed);
  }

  /** The bundled list. */
  public static ForeignUnits bundled() {
    Map<String, String> names = new HashMap<>();
    try (InputStream in = ForeignUnits.class.getResourceAsStream(RESOURCE);
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
      for (CSVRecord row : format.parse(reader)) {
        names.put(row.get("name"), row.get("country"));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new ForeignUnits(names);
  }

  /** The ISO country code of the unit the name designates, if it is a known foreign unit. */
  public Optional<String> countryOf(String name) {
    return Optional.ofNullable(countryByName.get(NameNormalizer.normalize(name)));
  }
}
