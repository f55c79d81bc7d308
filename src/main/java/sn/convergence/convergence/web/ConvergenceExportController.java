package sn.convergence.convergence.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import sn.convergence.convergence.ComputeConvergence;
import sn.convergence.convergence.ConvergenceRun;
import sn.convergence.convergence.ZoneLayer;
import sn.convergence.convergence.ZoneLayers;
import sn.convergence.geography.AdminUnit;
import sn.convergence.geography.AdminUnits;
import sn.convergence.geography.GeoPoint;
import sn.convergence.geography.PCode;

@RestController
@RequestMapping("/api/v1/convergence")
@Tag(name = "Convergence", description = "Convergence, gap and duplication zones")
class ConvergenceExportController {

  static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");
  static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");

  private final ComputeConvergence compute;
  private final AnalysisRequests requests;
  private final AdminUnits adminUnits;
  private final ZoneLayers zoneLayers;
  private final MessageSource messages;

  ConvergenceExportController(
      ComputeConvergence compute,
      AnalysisRequests requests,
      AdminUnits adminUnits,
      ZoneLayers zoneLayers,
      MessageSource messages) {
    this.compute = compute;
    this.requests = requests;
    this.adminUnits = adminUnits;
    this.zoneLayers = zoneLayers;
    this.messages = messages;
  }

  @GetMapping("/export.csv")
  @Operation(summary = "The analysis as CSV, one row per unit (same parameters as the analysis)")
  ResponseEntity<String> csv(AnalysisParams params) {
    ConvergenceRun run = compute.run(requests.query(params));
    return ResponseEntity.ok()
        .contentType(CSV)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(fileName(run, "csv")).build().toString())
        .body(ConvergenceExports.csv(run));
  }

  @GetMapping("/export.geojson")
  @Operation(
      summary = "The classes as GeoJSON points at unit centroids",
      description = "Properties: pcode, name, status, classCode, classLabel (lang), scores, zone.")
  ResponseEntity<Map<String, Object>> geoJson(AnalysisParams params, Locale locale) {
    ConvergenceRun run = compute.run(requests.query(params));
    Map<PCode, GeoPoint> centroids =
        adminUnits.list(run.query().level(), null, null).stream()
            .filter(u -> u.centroid() != null)
            .collect(Collectors.toMap(AdminUnit::pcode, AdminUnit::centroid));
    run.result().units().stream()
        .filter(u -> !centroids.containsKey(u.pcode()))
        .forEach(
            u ->
                adminUnits
                    .find(u.pcode())
                    .map(AdminUnit::centroid)
                    .filter(Objects::nonNull)
                    .ifPresent(c -> centroids.put(u.pcode(), c)));
    return ResponseEntity.ok()
        .contentType(GEO_JSON)
        .body(ConvergenceExports.geoJson(run, centroids, locale));
  }

  @GetMapping("/zones.geojson")
  @Operation(
      summary = "Classes of the units and outlines of the zones, as GeoJSON for maps",
      description =
          "Same parameters as the analysis. One feature per unit (kind unit: pcode, name,"
              + " classCode, classLabel, zone; its simplified boundary, else a point at its"
              + " centroid), then one per zone (kind zone: id, rank among all zones, rankInClass,"
              + " zonesInClass, classCode, classLabel, name, units; the dissolved outline of its"
              + " members, else a MultiPoint of their centroids). Foreign members: level,"
              + " fromYear, toYear, period, shapes (false without imported boundaries).")
  ResponseEntity<String> zones(AnalysisParams params, Locale locale) {
    ZoneLayer layer = zoneLayers.layer(requests.query(params));
    return ResponseEntity.ok()
        .contentType(GEO_JSON)
        .body(
            ZoneGeoJson.write(
                layer,
                code -> messages.getMessage("convergence.class." + code, null, code, locale),
                "en".equals(locale.getLanguage())));
  }

  private static String fileName(ConvergenceRun run, String extension) {
    return "convergence-"
        + run.query().level().name().toLowerCase(Locale.ROOT)
        + "-"
        + run.query().periodLabel()
        + "."
        + extension;
  }
}
