package sn.convergence.geography;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Test fixture: the shipped reference geography read straight from the classpath, without Spring.
 */
public final class ReferenceGeography {

  private ReferenceGeography() {}

  public static List<AdminUnit> units() {
    List<AdminUnit> units = new ArrayList<>();
    Map<String, String> paths = new HashMap<>();
    for (CSVRecord row : read("admin-units.csv")) {
      String parent = row.get("parent_pcode");
      String path =
          parent.isEmpty() ? row.get("pcode") : paths.get(parent) + "/" + row.get("pcode");
      paths.put(row.get("pcode"), path);
      units.add(
          new AdminUnit(
              PCode.of(row.get("pcode")),
              AdminLevel.valueOf(row.get("level")),
              row.get("name"),
              parent.isEmpty() ? null : PCode.of(parent),
              path,
              date(row.get("valid_from")),
              date(row.get("valid_to")),
              new GeoPoint(
                  Double.parseDouble(row.get("centroid_lat")),
                  Double.parseDouble(row.get("centroid_lon"))),
              Double.valueOf(row.get("area_km2"))));
    }
    return units;
  }

  public static List<AdminUnitAlias> aliases() {
    return read("aliases.csv").stream()
        .map(
            row ->
                new AdminUnitAlias(
                    PCode.of(row.get("pcode")),
                    row.get("alias"),
                    AliasKind.valueOf(row.get("kind")),
                    date(row.get("valid_from")),
                    date(row.get("valid_to"))))
        .toList();
  }

  public static NameResolver resolver() {
    return new NameResolver(units(), aliases());
  }

  /** A point locator of a level whose boundaries are not imported: it places no point. */
  public static PointLocator noShapes() {
    return new PointLocator(List.of());
  }

  private static LocalDate date(String text) {
    return text.isBlank() ? null : LocalDate.parse(text);
  }

  private static List<CSVRecord> read(String file) {
    String resource = "/reference/geography/SN/" + file;
    try (Reader reader =
        new InputStreamReader(
            ReferenceGeography.class.getResourceAsStream(resource), StandardCharsets.UTF_8)) {
      return CSVFormat.RFC4180
          .builder()
          .setHeader()
          .setSkipHeaderRecord(true)
          .get()
          .parse(reader)
          .getRecords();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
