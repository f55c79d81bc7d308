package sn.convergence.geography;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.annotation.DirtiesContext;
import picocli.CommandLine;
import sn.convergence.geography.boundaries.BoundariesCommand;

/**
 * Imports the shared Senegal boundary files into a fresh database. Run on H2 by {@link
 * BoundaryImportIntegrationTest} and on PostgreSQL by {@link
 * BoundaryImportPostgresIntegrationTest}.
 */
@DirtiesContext
@WithMockUser(roles = "ADMIN")
abstract class BoundaryImportContract {

  static final Path GEO = Path.of(System.getProperty("convergence.shared-dir", "../shared"), "geo");

  @Autowired BoundaryImport boundaryImport;
  @Autowired AdminUnits adminUnits;
  @Autowired JdbcClient jdbc;
  @Autowired BoundariesCommand command;

  private BoundaryImportReport importFile(String name) {
    return boundaryImport.execute(
        BoundarySource.file(GEO.resolve(name)),
        BoundaryImportOptions.detect(),
        ImportProgress.NONE);
  }

  @Test
  void storesFortySixDepartmentBoundaries() {
    BoundaryImportReport report = importFile("sen_adm2_departements.geojson");

    assertThat(report.level()).isEqualTo(AdminLevel.DEPARTMENT);
    assertThat(report.format()).isEqualTo("COD_AB");
    assertThat(report.featuresRead()).isEqualTo(46);
    assertThat(report.unitsUpdated()).isEqualTo(46);
    assertThat(report.unknownUnits()).isEmpty();
    assertThat(boundaryCount("DEPARTMENT")).isEqualTo(46);
  }

  @Test
  void computesTheDeclaredDepartmentAdjacencyForEveryDepartment() throws IOException {
    BoundaryImportReport report = importFile("sen_adm2_departements.geojson");

    assertThat(report.adjacencyDifferences()).isEmpty();
    Map<PCode, Set<PCode>> declared = declaredInReferenceCsv("DEPARTMENT");
    assertThat(declared).hasSize(46);
    assertThat(computedAdjacency()).isEqualTo(declared);
    declared.forEach(
        (pcode, neighbours) ->
            assertThat(new TreeSet<>(adminUnits.neighbours(pcode))).isEqualTo(neighbours));
    assertThat(report.adjacencyPairs())
        .isEqualTo(declared.values().stream().mapToInt(Set::size).sum() / 2);
  }

  @Test
  void computesTheDeclaredRegionAdjacency() throws IOException {
    BoundaryImportReport report = importFile("sen_adm1_regions.geojson");

    assertThat(report.level()).isEqualTo(AdminLevel.REGION);
    assertThat(report.unitsUpdated()).isEqualTo(14);
    assertThat(report.adjacencyDifferences()).isEmpty();
    Map<PCode, Set<PCode>> declared = declaredInReferenceCsv("REGION");
    declared.forEach(
        (pcode, neighbours) ->
            assertThat(new TreeSet<>(adminUnits.neighbours(pcode))).isEqualTo(neighbours));
  }

  @Test
  void storesAreaAndCentroidCloseToTheReference() {
    importFile("sen_adm2_departements.geojson");

    AdminUnit dakar = adminUnits.find(PCode.of("SN0101")).orElseThrow();
    assertThat(dakar.areaKm2())
        .isCloseTo(81.61, org.assertj.core.data.Percentage.withPercentage(1));
    assertThat(dakar.centroid().lat())
        .isCloseTo(14.72358, org.assertj.core.data.Offset.offset(0.01));
    assertThat(dakar.centroid().lon())
        .isCloseTo(-17.46083, org.assertj.core.data.Offset.offset(0.01));
  }

  @Test
  void importsThe2019StructureOfFortyFiveDepartments() {
    BoundaryImportReport report = importFile("sen_adm2_departements_2019.geojson");

    assertThat(report.featuresRead()).isEqualTo(45);
    assertThat(report.unitsUpdated()).isEqualTo(45);
    assertThat(adminUnits.neighbours(PCode.of("SN0103"))).contains(PCode.of("SN0104"));
    assertThat(adminUnits.neighbours(PCode.of("SN0103"))).doesNotContain(PCode.of("SN0105"));

    importFile("sen_adm2_departements.geojson");
  }

  @Test
  void endsBrokenFilesWithAClearMessageAndWritesNothing(@TempDir Path dir) throws IOException {
    importFile("sen_adm2_departements.geojson");
    String departments = Files.readString(GEO.resolve("sen_adm2_departements.geojson"));
    String before = databaseState();

    assertThat(
            failure(dir, "truncated.geojson", departments.substring(0, departments.length() / 2)))
        .startsWith("The file is not valid JSON (line ");
    assertThat(failure(dir, "empty.geojson", "")).isEqualTo("The file is empty.");
    assertThat(failure(dir, "none.geojson", "{\"type\":\"FeatureCollection\",\"features\":[]}"))
        .isEqualTo("The FeatureCollection has no features.");
    assertThat(
            failure(
                dir,
                "renamed.geojson",
                departments
                    .replace("adm2_pcode", "code_dep")
                    .replace("adm1_pcode", "code_reg")
                    .replace("adm0_pcode", "code_pays")))
        .startsWith("No P-code property found")
        .contains("code_dep");
    assertThat(databaseState()).isEqualTo(before);
  }

  @Test
  void rollsBackEveryWriteWhenOneFails(@TempDir Path dir) throws IOException {
    String tooLong = "x".repeat(250);
    Path file =
        write(
            dir,
            "regions.geojson",
            collection(
                feature(
                    "{\"adm1_pcode\":\"SN98\",\"adm1_name\":\"Essai\",\"adm0_pcode\":\"SN\"}",
                    10,
                    10),
                feature(
                    "{\"adm1_pcode\":\"SN99\",\"adm1_name\":\""
                        + tooLong
                        + "\",\"adm0_pcode\":\"SN\"}",
                    11,
                    10)));
    String before = databaseState();

    assertThatThrownBy(
            () ->
                boundaryImport.execute(
                    BoundarySource.file(file),
                    BoundaryImportOptions.detect().creatingUnits(),
                    ImportProgress.NONE))
        .isInstanceOf(org.springframework.dao.DataAccessException.class);
    adminUnits.refresh();
    assertThat(adminUnits.find(PCode.of("SN98"))).isEmpty();
    assertThat(databaseState()).isEqualTo(before);
  }

  @Test
  void matchesGeoBoundariesNamesAndReportsTheUnmatched(@TempDir Path dir) {
    Path file =
        write(
            dir,
            "geoBoundaries-SEN-ADM2.geojson",
            collection(
                feature(
                    "{\"shapeName\":\"M'bour\",\"shapeID\":\"a\",\"shapeType\":\"ADM2\"}",
                    -17,
                    14.4),
                feature(
                    "{\"shapeName\":\"Thies\",\"shapeID\":\"b\",\"shapeType\":\"ADM2\"}",
                    -16.9,
                    14.4),
                feature(
                    "{\"shapeName\":\"Nulle Part\",\"shapeID\":\"c\",\"shapeType\":\"ADM2\"}",
                    -12,
                    12)));

    BoundaryImportReport report =
        boundaryImport.execute(
            BoundarySource.file(file), BoundaryImportOptions.detect(), ImportProgress.NONE);

    assertThat(report.format()).isEqualTo("GEOBOUNDARIES");
    assertThat(report.unitsUpdated()).isEqualTo(2);
    assertThat(report.unknownUnits())
        .singleElement()
        .satisfies(
            u -> {
              assertThat(u.feature()).isEqualTo(3);
              assertThat(u.name()).isEqualTo("Nulle Part");
            });
    assertThat(adminUnits.neighbours(PCode.of("SN1301"))).containsExactly(PCode.of("SN1302"));
    assertThat(report.adjacencyDifferences()).isEmpty();

    importFile("sen_adm2_departements.geojson");
  }

  @Test
  void createsAnotherCountrysHierarchyOnlyWhenAsked(@TempDir Path dir) {
    Path country =
        write(
            dir,
            "mli_adm0.geojson",
            collection(feature("{\"ADM0_PCODE\":\"ML\",\"ADM0_FR\":\"Mali\"}", -5, 14, 2)));
    Path regions =
        write(
            dir,
            "mli_adm1.geojson",
            collection(
                feature(
                    "{\"ADM1_PCODE\":\"ML01\",\"ADM1_FR\":\"Kayes\",\"ADM0_PCODE\":\"ML\"}",
                    -5,
                    14),
                feature(
                    "{\"ADM1_PCODE\":\"ML02\",\"ADM1_FR\":\"Koulikoro\",\"ADM0_PCODE\":\"ML\"}",
                    -4,
                    14)));

    assertThatThrownBy(
            () ->
                boundaryImport.execute(
                    BoundarySource.file(regions),
                    BoundaryImportOptions.detect(),
                    ImportProgress.NONE))
        .isInstanceOf(BoundaryImportException.class)
        .hasMessageContaining("ML01 (not in the reference table)");

    BoundaryImportOptions create = BoundaryImportOptions.detect().creatingUnits();
    boundaryImport.execute(BoundarySource.file(country), create, ImportProgress.NONE);
    BoundaryImportReport report =
        boundaryImport.execute(BoundarySource.file(regions), create, ImportProgress.NONE);

    assertThat(report.unitsCreated()).containsExactly(PCode.of("ML01"), PCode.of("ML02"));
    AdminUnit kayes = adminUnits.find(PCode.of("ML01")).orElseThrow();
    assertThat(kayes.level()).isEqualTo(AdminLevel.REGION);
    assertThat(kayes.parent()).isEqualTo(PCode.of("ML"));
    assertThat(kayes.path()).isEqualTo("ML/ML01");
    assertThat(adminUnits.find(PCode.of("ML")).orElseThrow().name()).isEqualTo("Mali");
    assertThat(adminUnits.neighbours(PCode.of("ML01"))).containsExactly(PCode.of("ML02"));
    assertThat(adminUnits.neighbours(PCode.of("SN01"))).containsExactly(PCode.of("SN13"));
  }

  @Test
  void runsFromTheCommandLineWithProgressAndReport() {
    StringWriter out = new StringWriter();
    CommandLine line = command.commandLine();
    line.setOut(new PrintWriter(out));

    int exit =
        line.execute(
            "import", GEO.resolve("sen_adm2_departements.geojson").toString(), "--level", "ADM2");

    assertThat(exit).isZero();
    assertThat(out.toString()).contains("46/46").contains(": 46");
    assertThat(
            jdbc.sql("select imported_by from boundary_import order by id desc")
                .query(String.class)
                .list()
                .get(0))
        .isEqualTo("cli");
  }

  @Test
  void endsTheCommandLineWithTheMessageOfABrokenFile(@TempDir Path dir) {
    StringWriter err = new StringWriter();
    CommandLine line = command.commandLine();
    line.setErr(new PrintWriter(err));

    int exit = line.execute("import", write(dir, "empty.geojson", "").toString());

    assertThat(exit).isEqualTo(1);
    assertThat(err.toString()).containsAnyOf("The file is empty.", "Le fichier est vide.");
  }

  private String failure(Path dir, String name, String content) {
    try {
      boundaryImport.execute(
          BoundarySource.file(write(dir, name, content)),
          BoundaryImportOptions.detect(),
          ImportProgress.NONE);
    } catch (BoundaryImportException e) {
      return e.getMessage();
    }
    throw new AssertionError("No failure for " + name);
  }

  /** Row counts and checksums of everything a boundary import writes. */
  private String databaseState() {
    return jdbc.sql(
            "select (select count(*) from admin_boundary) || '/' || (select count(*) from"
                + " admin_unit) || '/' || (select count(*) from admin_unit_adjacency) || '/' ||"
                + " (select count(*) from boundary_import) || '/' || (select max(imported_at) from"
                + " admin_boundary) || '/' || (select sum(area_km2) from admin_unit)")
        .query(String.class)
        .single();
  }

  private static Path write(Path dir, String name, String content) {
    try {
      return Files.writeString(dir.resolve(name), content);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static String collection(String... features) {
    return "{\"type\":\"FeatureCollection\",\"features\":[" + String.join(",", features) + "]}";
  }

  private static String feature(String properties, double x, double y) {
    return feature(properties, x, y, 1);
  }

  /** A square of {@code side} degrees with its lower-left corner at (x, y). */
  private static String feature(String properties, double x, double y, double side) {
    double x2 = x + side;
    double y2 = y + side;
    return "{\"type\":\"Feature\",\"properties\":"
        + properties
        + ",\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[["
        + x
        + ","
        + y
        + "],["
        + x2
        + ","
        + y
        + "],["
        + x2
        + ","
        + y2
        + "],["
        + x
        + ","
        + y2
        + "],["
        + x
        + ","
        + y
        + "]]]}}";
  }

  private long boundaryCount(String level) {
    return jdbc.sql(
            "select count(*) from admin_boundary b join admin_unit u on u.pcode = b.pcode"
                + " where u.level = ?")
        .param(level)
        .query(Long.class)
        .single();
  }

  private Map<PCode, Set<PCode>> computedAdjacency() {
    Map<PCode, Set<PCode>> computed = new TreeMap<>();
    jdbc.sql(
            "select a.pcode, a.neighbour_pcode from admin_unit_adjacency a join admin_unit u"
                + " on u.pcode = a.pcode where a.origin = 'COMPUTED' and u.level = 'DEPARTMENT'")
        .query(
            rs -> {
              computed
                  .computeIfAbsent(PCode.of(rs.getString(1)), p -> new TreeSet<>())
                  .add(PCode.of(rs.getString(2)));
            });
    return computed;
  }

  static Map<PCode, Set<PCode>> declaredInReferenceCsv(String level) throws IOException {
    Map<PCode, Set<PCode>> declared = new TreeMap<>();
    try (InputStream in =
            new ClassPathResource("reference/geography/SN/admin-units.csv").getInputStream();
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      for (CSVRecord row :
          CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
        if (row.get("level").equals(level)) {
          Set<PCode> neighbours = new TreeSet<>();
          for (String code : row.get("adjacent_pcodes").split(";")) {
            if (!code.isBlank()) {
              neighbours.add(PCode.of(code));
            }
          }
          declared.put(PCode.of(row.get("pcode")), neighbours);
        }
      }
    }
    return declared;
  }
}
