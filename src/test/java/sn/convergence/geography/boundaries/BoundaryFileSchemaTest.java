package sn.convergence.geography.boundaries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static sn.convergence.geography.boundaries.AdjacencyCalculatorTest.square;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import sn.convergence.geography.AdminLevel;
import sn.convergence.geography.BoundaryImportException;
import sn.convergence.geography.BoundaryImportOptions;
import sn.convergence.geography.boundaries.BoundaryFileSchema.Format;

class BoundaryFileSchemaTest {

  private static List<SourceFeature> features(Map<String, String> properties) {
    return List.of(new SourceFeature(1, properties, square(0, 0, 1)));
  }

  @Test
  void detectsTheHighestCodAbLevelInLowerCase() {
    BoundaryFileSchema schema =
        BoundaryFileSchema.detect(
            features(
                Map.of(
                    "adm2_pcode",
                    "SN0101",
                    "adm2_name",
                    "Dakar",
                    "adm1_pcode",
                    "SN01",
                    "adm0_pcode",
                    "SN",
                    "adm2_pcode_2019",
                    "SN0101")),
            BoundaryImportOptions.detect());

    assertThat(schema)
        .isEqualTo(
            new BoundaryFileSchema(
                Format.COD_AB, AdminLevel.DEPARTMENT, "adm2_pcode", "adm2_name", "adm1_pcode"));
  }

  @Test
  void detectsOchaUpperCaseNamesWithFrenchNames() {
    BoundaryFileSchema schema =
        BoundaryFileSchema.detect(
            features(
                Map.of(
                    "ADM1_PCODE",
                    "SN01",
                    "ADM1_FR",
                    "Dakar",
                    "ADM0_PCODE",
                    "SN",
                    "ADM1_EN",
                    "Dakar")),
            BoundaryImportOptions.detect());

    assertThat(schema)
        .isEqualTo(
            new BoundaryFileSchema(
                Format.COD_AB, AdminLevel.REGION, "ADM1_PCODE", "ADM1_FR", "ADM0_PCODE"));
  }

  @Test
  void readsTheCountryLevelWithoutParent() {
    BoundaryFileSchema schema =
        BoundaryFileSchema.detect(
            features(Map.of("ADM0_PCODE", "ML", "ADM0_EN", "Mali")),
            BoundaryImportOptions.detect());

    assertThat(schema.level()).isEqualTo(AdminLevel.COUNTRY);
    assertThat(schema.parentKey()).isNull();
    assertThat(schema.nameKey()).isEqualTo("ADM0_EN");
  }

  @Test
  void detectsGeoBoundariesWithItsShapeType() {
    BoundaryFileSchema schema =
        BoundaryFileSchema.detect(
            features(
                Map.of(
                    "shapeName",
                    "Mbour",
                    "shapeISO",
                    "",
                    "shapeID",
                    "x-1",
                    "shapeGroup",
                    "SEN",
                    "shapeType",
                    "ADM2")),
            BoundaryImportOptions.detect());

    assertThat(schema)
        .isEqualTo(
            new BoundaryFileSchema(
                Format.GEOBOUNDARIES, AdminLevel.DEPARTMENT, null, "shapeName", null));
  }

  @Test
  void usesNamedPropertiesAndDerivesTheLevelFromThePcode() {
    BoundaryFileSchema schema =
        BoundaryFileSchema.detect(
            features(Map.of("code", "SN0101", "nom", "Dakar", "region", "SN01")),
            new BoundaryImportOptions(null, "CODE", "Nom", "region", false));

    assertThat(schema)
        .isEqualTo(
            new BoundaryFileSchema(Format.COD_AB, AdminLevel.DEPARTMENT, "code", "nom", "region"));
  }

  @Test
  void rejectsFilesWithUnknownPropertyNamesListingThem() {
    assertThatThrownBy(
            () ->
                BoundaryFileSchema.detect(
                    features(Map.of("code_dep", "SN0101", "libelle", "Dakar")),
                    BoundaryImportOptions.detect()))
        .isInstanceOf(BoundaryImportException.class)
        .hasMessageContaining("No P-code property found")
        .hasMessageContaining("code_dep, libelle");
  }

  @Test
  void rejectsAMissingNamedProperty() {
    assertThatThrownBy(
            () ->
                BoundaryFileSchema.detect(
                    features(Map.of("adm2_pcode", "SN0101")),
                    new BoundaryImportOptions(null, "pcode", null, null, false)))
        .hasMessageStartingWith("No feature has the property pcode");
  }
}
