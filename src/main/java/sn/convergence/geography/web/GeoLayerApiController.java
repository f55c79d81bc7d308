package sn.convergence.geography.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import sn.convergence.geography.AdminLevel;
import sn.convergence.geography.AdminUnit;
import sn.convergence.geography.AdminUnits;
import sn.convergence.geography.PCode;
import sn.convergence.geography.internal.BoundaryStore;
import sn.convergence.geography.internal.BoundaryStore.StoredBoundary;
import sn.convergence.system.NotFoundException;
import tools.jackson.databind.json.JsonMapper;

/** Simplified boundaries of one level as a GeoJSON FeatureCollection, for maps. */
@RestController
@Tag(name = "Geography", description = "Administrative units, name resolution, boundaries")
class GeoLayerApiController {

  static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final AdminUnits adminUnits;
  private final BoundaryStore store;

  GeoLayerApiController(AdminUnits adminUnits, BoundaryStore store) {
    this.adminUnits = adminUnits;
    this.store = store;
  }

  @GetMapping("/api/v1/geo/{level}.geojson")
  @Operation(
      summary = "Simplified boundaries of the units of a level valid on a date (default today)",
      description =
          "A FeatureCollection (application/geo+json) with properties pcode, name, level and"
              + " parent. 404 when no boundaries are loaded for the level.")
  ResponseEntity<String> layer(
      @PathVariable String level,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate validOn) {
    AdminLevel adminLevel =
        AdminLevel.parse(level)
            .orElseThrow(() -> new IllegalArgumentException("Unknown level: " + level));
    Map<PCode, AdminUnit> units =
        adminUnits.list(adminLevel, null, validOn).stream()
            .collect(Collectors.toMap(AdminUnit::pcode, Function.identity()));
    List<StoredBoundary> boundaries =
        store.simplified(adminLevel).stream().filter(b -> units.containsKey(b.pcode())).toList();
    if (boundaries.isEmpty()) {
      throw new NoBoundariesException(adminLevel);
    }
    String body = featureCollection(boundaries, units);
    return ResponseEntity.ok()
        .contentType(GEO_JSON)
        .eTag(sha256(body))
        .cacheControl(CacheControl.maxAge(Duration.ofMinutes(10)).cachePublic())
        .body(body);
  }

  private static String featureCollection(
      List<StoredBoundary> boundaries, Map<PCode, AdminUnit> units) {
    StringBuilder out = new StringBuilder("{\"type\":\"FeatureCollection\",\"features\":[");
    for (int i = 0; i < boundaries.size(); i++) {
      StoredBoundary boundary = boundaries.get(i);
      AdminUnit unit = units.get(boundary.pcode());
      Map<String, String> properties = new LinkedHashMap<>();
      properties.put("pcode", unit.pcode().value());
      properties.put("name", unit.name());
      properties.put("level", unit.level().name());
      properties.put("parent", unit.parent() == null ? null : unit.parent().value());
      out.append(i == 0 ? "" : ",")
          .append("{\"type\":\"Feature\",\"id\":")
          .append(JSON.writeValueAsString(unit.pcode().value()))
          .append(",\"properties\":")
          .append(JSON.writeValueAsString(properties))
          .append(",\"geometry\":")
          .append(boundary.simplifiedJson())
          .append('}');
    }
    return out.append("]}").toString();
  }

  private static String sha256(String body) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8));
      return "\"" + HexFormat.of().formatHex(hash, 0, 16) + "\"";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** 404 with a sentence that says how to load boundaries. */
  static final class NoBoundariesException extends NotFoundException {

    private final AdminLevel level;

    NoBoundariesException(AdminLevel level) {
      super("Boundaries of level", level);
      this.level = level;
    }

    @Override
    public String getMessage() {
      return "No boundaries are loaded for level "
          + level
          + ". Import a GeoJSON file with `java -jar convergence.jar boundaries import"
          + " <file-or-url> --level "
          + level
          + "` or POST /api/v1/boundaries.";
    }
  }
}
