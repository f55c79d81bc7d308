package sn.convergence.geography.boundaries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import sn.convergence.geography.BoundaryError;
import sn.convergence.geography.BoundaryImportException;

class GeoJsonReaderTest {

  static final String SQUARE =
      "{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,0],[1,1],[0,1],[0,0]]]}";

  static String feature(String properties, String geometry) {
    return "{\"type\":\"Feature\",\"properties\":" + properties + ",\"geometry\":" + geometry + "}";
  }

  private static List<SourceFeature> read(String json) {
    return GeoJsonReader.read(
        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), n -> {});
  }

  private static BoundaryError errorOf(String json) {
    try {
      read(json);
    } catch (BoundaryImportException e) {
      return e.error();
    }
    throw new AssertionError("No error for " + json);
  }

  @Test
  void readsFeaturesWithTextPropertiesAndPolygons() {
    List<Integer> counts = new ArrayList<>();
    String json =
        "{\"features\":["
            + feature("{\"ADM2_PCODE\":\"SN0101\",\"n\":3,\"x\":null}", SQUARE)
            + ","
            + feature(
                "{}", "{\"type\":\"MultiPolygon\",\"coordinates\":[[[[0,0],[1,0],[1,1],[0,0]]]]}")
            + "],\"type\":\"FeatureCollection\",\"bbox\":[0,0,1,1]}";

    List<SourceFeature> features =
        GeoJsonReader.read(
            new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), counts::add);

    assertThat(features).hasSize(2);
    assertThat(features.get(0).property("adm2_pcode")).isEqualTo("SN0101");
    assertThat(features.get(0).property("n")).isEqualTo("3");
    assertThat(features.get(0).properties()).doesNotContainKey("x");
    assertThat(features.get(0).geometry().getArea()).isEqualTo(1.0);
    assertThat(features.get(1).index()).isEqualTo(2);
    assertThat(counts).containsExactly(1, 2);
  }

  @Test
  void closesRingsLeftOpen() {
    String open = "{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,0],[1,1],[0,1]]]}";

    List<SourceFeature> features =
        read("{\"type\":\"FeatureCollection\",\"features\":[" + feature("{}", open) + "]}");

    assertThat(features.get(0).geometry().getArea()).isEqualTo(1.0);
  }

  @Test
  void rejectsAnEmptyFile() {
    assertThat(errorOf("")).isEqualTo(BoundaryError.EMPTY);
    assertThat(errorOf("   \n")).isEqualTo(BoundaryError.EMPTY);
  }

  @Test
  void rejectsTruncatedJsonWithItsPosition() {
    String truncated =
        "{\"type\":\"FeatureCollection\",\"features\":[" + feature("{}", SQUARE).substring(0, 40);

    assertThatThrownBy(() -> read(truncated))
        .isInstanceOf(BoundaryImportException.class)
        .hasMessageContaining("not valid JSON (line 1");
  }

  @Test
  void rejectsACollectionWithoutFeatures() {
    assertThat(errorOf("{\"type\":\"FeatureCollection\",\"features\":[]}"))
        .isEqualTo(BoundaryError.NO_FEATURES);
    assertThat(errorOf("{\"type\":\"FeatureCollection\"}")).isEqualTo(BoundaryError.NO_FEATURES);
  }

  @Test
  void rejectsOtherJson() {
    assertThat(errorOf("[1,2]")).isEqualTo(BoundaryError.NOT_FEATURE_COLLECTION);
    assertThat(errorOf(feature("{}", SQUARE))).isEqualTo(BoundaryError.NOT_FEATURE_COLLECTION);
  }

  @Test
  void rejectsPointsAndProjectedCoordinatesNamingTheFeature() {
    String point = "{\"type\":\"Point\",\"coordinates\":[0,0]}";
    String projected =
        "{\"type\":\"Polygon\",\"coordinates\":[[[300000,1500000],[300100,1500000],"
            + "[300100,1500100],[300000,1500000]]]}";

    assertThatThrownBy(
            () ->
                read(
                    "{\"type\":\"FeatureCollection\",\"features\":[" + feature("{}", point) + "]}"))
        .hasMessage("Feature 1 cannot be read: its geometry is a Point, not a polygon");
    assertThatThrownBy(
            () ->
                read(
                    "{\"type\":\"FeatureCollection\",\"features\":["
                        + feature("{}", projected)
                        + "]}"))
        .hasMessageContaining("not in WGS 84 degrees");
  }

  @Test
  void rejectsAFeatureWithoutGeometry() {
    assertThat(
            errorOf(
                "{\"type\":\"FeatureCollection\",\"features\":[" + feature("{}", "null") + "]}"))
        .isEqualTo(BoundaryError.INVALID_FEATURE);
  }
}
