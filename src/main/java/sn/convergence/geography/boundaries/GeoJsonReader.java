package sn.convergence.geography.boundaries;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import sn.convergence.geography.BoundaryError;
import sn.convergence.geography.BoundaryImportException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Streams a GeoJSON FeatureCollection feature by feature, so that only one feature's JSON tree is
 * in memory at a time. Every problem becomes a {@link BoundaryImportException} with a sentence that
 * says where the file is broken.
 */
public final class GeoJsonReader {

  /** Features are read one at a time from the stream, so later tokens are not "trailing". */
  private static final JsonMapper MAPPER =
      JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

  private static final GeometryFactory FACTORY = new GeometryFactory(new PrecisionModel(), 4326);

  private GeoJsonReader() {}

  /** Reads every feature; {@code onFeature} receives the running count. */
  public static List<SourceFeature> read(InputStream in, IntConsumer onFeature) {
    try (JsonParser parser = MAPPER.createParser(in)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        throw new BoundaryImportException(BoundaryError.EMPTY);
      }
      if (first != JsonToken.START_OBJECT) {
        throw new BoundaryImportException(BoundaryError.NOT_FEATURE_COLLECTION, "a JSON " + first);
      }
      String type = null;
      List<SourceFeature> features = null;
      while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
        String name = parser.currentName();
        JsonToken value = parser.nextToken();
        if ("type".equals(name) && value == JsonToken.VALUE_STRING) {
          type = parser.getString();
        } else if ("features".equals(name) && value == JsonToken.START_ARRAY) {
          features = features(parser, onFeature);
        } else {
          parser.skipChildren();
        }
      }
      if (!"FeatureCollection".equals(type)) {
        throw new BoundaryImportException(
            BoundaryError.NOT_FEATURE_COLLECTION, type == null ? "an object without type" : type);
      }
      if (features == null || features.isEmpty()) {
        throw new BoundaryImportException(BoundaryError.NO_FEATURES);
      }
      return features;
    } catch (JacksonException e) {
      TokenStreamLocation at = e.getLocation();
      throw new BoundaryImportException(
          BoundaryError.INVALID_JSON,
          at == null ? "?" : String.valueOf(at.getLineNr()),
          at == null ? "?" : String.valueOf(at.getColumnNr()),
          e.getOriginalMessage());
    }
  }

  private static List<SourceFeature> features(JsonParser parser, IntConsumer onFeature) {
    List<SourceFeature> features = new ArrayList<>();
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      int index = features.size() + 1;
      if (parser.currentToken() != JsonToken.START_OBJECT) {
        throw new BoundaryImportException(
            BoundaryError.INVALID_FEATURE, String.valueOf(index), "it is not a JSON object");
      }
      JsonNode node = MAPPER.readTree(parser);
      features.add(feature(index, node));
      onFeature.accept(features.size());
    }
    return features;
  }

  private static SourceFeature feature(int index, JsonNode node) {
    Map<String, String> properties = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> entry : node.path("properties").properties()) {
      JsonNode value = entry.getValue();
      if (!value.isNull()) {
        properties.put(entry.getKey(), value.isValueNode() ? value.asString() : value.toString());
      }
    }
    try {
      return new SourceFeature(
          index, properties, GeoJsonGeometry.read(node.get("geometry"), FACTORY));
    } catch (IllegalArgumentException e) {
      throw new BoundaryImportException(
          BoundaryError.INVALID_FEATURE, String.valueOf(index), e.getMessage());
    }
  }
}
