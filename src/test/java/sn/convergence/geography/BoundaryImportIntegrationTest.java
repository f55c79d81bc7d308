package sn.convergence.geography;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.annotation.DirtiesContext;
import sn.convergence.support.PlatformTest;

/** Imports the shared Senegal boundary files into a fresh database. */
@PlatformTest
@DirtiesContext
@WithMockUser(roles = "ADMIN")
class BoundaryImportIntegrationTest {

  static final Path GEO = Path.of(System.getProperty("convergence.shared-dir", "../shared"), "geo");

  @Autowired BoundaryImport boundaryImport;
  @Autowired AdminUnits adminUnits;
  @Autowired JdbcClient jdbc;

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
