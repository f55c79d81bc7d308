package sn.convergence.geography.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import sn.convergence.geography.AdminLevel;
import sn.convergence.geography.AdminUnits;
import sn.convergence.geography.PCode;
import sn.convergence.geography.Resolution;
import sn.convergence.geography.ResolveQuery;
import sn.convergence.system.NotFoundException;
import sn.convergence.system.web.PageResponse;

@RestController
@RequestMapping("/api/v1/admin-units")
@Tag(name = "Geography", description = "Administrative units, name resolution")
class AdminUnitApiController {

  private final AdminUnits adminUnits;

  AdminUnitApiController(AdminUnits adminUnits) {
    this.adminUnits = adminUnits;
  }

  @GetMapping
  @Operation(summary = "List units by level, parent and validity date (default today)")
  PageResponse<AdminUnitView> list(
      @RequestParam(required = false) String level,
      @RequestParam(required = false) String parent,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate validOn,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "100") int size) {
    List<AdminUnitView> units =
        adminUnits.list(level(level), parent == null ? null : PCode.of(parent), validOn).stream()
            .map(u -> AdminUnitView.of(u, null))
            .toList();
    return PageResponse.of(units, page, size);
  }

  @GetMapping("/{pcode}")
  @Operation(summary = "One unit with its parent, centroid and adjacent units")
  AdminUnitView one(@PathVariable String pcode) {
    PCode code = PCode.of(pcode);
    return adminUnits
        .find(code)
        .map(
            u ->
                AdminUnitView.of(
                    u, adminUnits.neighbours(code).stream().map(PCode::value).toList()))
        .orElseThrow(() -> new NotFoundException("Admin unit", pcode));
  }

  @GetMapping("/resolve")
  @Operation(
      summary = "Resolve a free-text name to ranked candidate units",
      description =
          "Insensitive to accents, case, hyphens, apostrophes and spacing. status is MATCHED,"
              + " AMBIGUOUS, UNCERTAIN or NOT_FOUND; scheme=ANSD reads bare numbers as ANSD codes.")
  ResolutionView resolve(
      @RequestParam String name,
      @RequestParam(required = false) String level,
      @RequestParam(required = false) String parent,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate validOn,
      @RequestParam(required = false) String scheme) {
    Resolution resolution =
        adminUnits.resolve(
            new ResolveQuery(
                name, level(level), parent == null ? null : PCode.of(parent), validOn, scheme));
    return ResolutionView.of(resolution);
  }

  private static AdminLevel level(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    return AdminLevel.parse(text)
        .orElseThrow(() -> new IllegalArgumentException("Unknown level: " + text));
  }

  record ResolutionView(String name, String status, List<CandidateView> candidates) {
    static ResolutionView of(Resolution resolution) {
      return new ResolutionView(
          resolution.text(),
          resolution.status().name(),
          resolution.candidates().stream()
              .map(
                  c ->
                      new CandidateView(
                          c.unit().pcode().value(),
                          c.unit().name(),
                          c.unit().level().name(),
                          Math.round(c.score() * 1000) / 1000.0,
                          c.matchedOn(),
                          c.matchKind()))
              .toList());
    }
  }

  record CandidateView(
      String pcode, String name, String level, double score, String matchedOn, String matchKind) {}
}
