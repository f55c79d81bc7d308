package sn.convergence.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import sn.convergence.geography.AdminLevel;
import sn.convergence.geography.AdminUnit;

/**
 * The departments the generator works on: read from the shipped reference file ({@code
 * reference/geography/SN/admin-units.csv}) without a database, for tests and the command line, or
 * mapped from the geography module's units in the application.
 */
public final class ReferenceDepartments {

  static final String RESOURCE = "/reference/geography/SN/admin-units.csv";

  private ReferenceDepartments() {}

  /** The departments of the reference file on the classpath, ordered by P-code. */
  public static List<DemoDepartment> load() {
    try (InputStream in = ReferenceDepartments.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("Missing reference file " + RESOURCE);
      }
      return read(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The departments of an admin-units CSV (header pcode, level, name, parent_pcode, valid_from).
   */
  public static List<DemoDepartment> read(Reader reader) throws IOException {
    List<CSVRecord> rows =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(reader)
            .getRecords();
    Map<String, String> names = new HashMap<>();
    rows.forEach(r -> names.put(r.get("pcode"), r.get("name")));
    List<DemoDepartment> departments = new ArrayList<>();
    for (CSVRecord row : rows) {
      if ("DEPARTMENT".equals(row.get("level"))) {
        String region = row.get("parent_pcode");
        String from = row.get("valid_from");
        departments.add(
            new DemoDepartment(
                row.get("pcode"),
                row.get("name"),
                region,
                names.getOrDefault(region, region),
                from.isBlank() ? null : LocalDate.parse(from)));
      }
    }
    departments.sort(Comparator.comparing(DemoDepartment::pcode));
    return List.copyOf(departments);
  }

  /** The departments among {@code units} (which must include their regions), ordered by P-code. */
  public static List<DemoDepartment> fromAdminUnits(List<AdminUnit> units) {
    Map<String, String> names = new HashMap<>();
    units.forEach(u -> names.put(u.pcode().value(), u.name()));
    return units.stream()
        .filter(u -> u.level() == AdminLevel.DEPARTMENT)
        .map(
            u ->
                new DemoDepartment(
                    u.pcode().value(),
                    u.name(),
                    u.parent().value(),
                    names.getOrDefault(u.parent().value(), u.parent().value()),
                    u.validFrom()))
        .sorted(Comparator.comparing(DemoDepartment::pcode))
        .toList();
  }
}
