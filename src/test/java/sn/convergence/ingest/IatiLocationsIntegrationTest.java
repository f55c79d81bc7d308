package sn.convergence.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import sn.convergence.geography.BoundaryImport;
import sn.convergence.geography.BoundaryImportOptions;
import sn.convergence.geography.BoundarySource;
import sn.convergence.ingest.commit.ImportOptions;
import sn.convergence.support.PlatformTest;

/**
 * IATI point locations are placed in the department whose imported boundary covers them (hence a
 * context of its own, with the shared department boundaries imported); points outside the country
 * are reported, not placed.
 */
@PlatformTest
@TestPropertySource(properties = "convergence.test.context=iati-locations")
@DirtiesContext
@WithMockUser(username = "coordinator", roles = "COORDINATOR")
class IatiLocationsIntegrationTest {

  @Autowired Imports imports;
  @Autowired BoundaryImport boundaryImport;
  @Autowired JdbcClient jdbc;

  @Test
  void pointsArePlacedInTheirDepartmentAndPointsAbroadAreReported() throws IOException {
    Path dportal = SharedSamples.sample("dportal_19.xml");
    ImportBatch before = preview(dportal);
    assertThat(before.report().rows().count(IssueCode.IATI_LOCATION_NO_BOUNDARIES)).isPositive();

    boundaryImport.execute(
        BoundarySource.file(
            Path.of(System.getProperty("convergence.shared-dir", "../shared"))
                .resolve("geo/sen_adm2_departements.geojson")),
        BoundaryImportOptions.detect(),
        sn.convergence.geography.ImportProgress.NONE);
    ImportBatch placed = preview(dportal);
    assertThat(placed.report().rows().count(IssueCode.IATI_LOCATION_NO_BOUNDARIES)).isZero();
    assertThat(placed.report().rows().count(IssueCode.IATI_LOCATION_OUTSIDE)).isPositive();
    imports.commit(placed.id(), null, ImportProgress.Listener.NONE);

    String dakar =
        jdbc.sql(
                "select c.pcode from coverage c join intervention i on i.id = c.intervention_id"
                    + " where i.code = 'FR-3-CSN169201' and c.pcode <> 'SN'")
            .query(String.class)
            .single();
    assertThat(
            jdbc.sql("select name from admin_unit where pcode = ?")
                .param(dakar)
                .query(String.class)
                .single())
        .isEqualTo("Dakar");
  }

  private ImportBatch preview(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      ImportBatch batch =
          imports.receive(file.getFileName().toString(), in, ImportOptions.defaults());
      return imports.preview(batch.id(), ImportProgress.Listener.NONE);
    }
  }
}
