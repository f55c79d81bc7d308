package sn.convergence.convergence.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import sn.convergence.convergence.ComputeConvergence;
import sn.convergence.convergence.ConvergenceRun;
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

  ConvergenceExportController(
      ComputeConvergence compute, AnalysisRequests requests, AdminUnits adminUnits) {
    this.compute = compute;
    this.requests = requests;
    this.adminUnits = adminUnits;
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

  private static String fileName(ConvergenceRun run, String extension) {
    return "convergence-"
        + run.query().level().name().toLowerCase(Locale.ROOT)
        + "-"
        + run.query().periodLabel()
        + "."
        + extension;
  }
}
