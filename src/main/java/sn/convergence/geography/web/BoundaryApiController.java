package sn.convergence.geography.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import sn.convergence.geography.AdminLevel;
import sn.convergence.geography.BoundaryImport;
import sn.convergence.geography.BoundaryImportException;
import sn.convergence.geography.BoundaryImportOptions;
import sn.convergence.geography.BoundaryImportReport;
import sn.convergence.geography.BoundarySource;
import sn.convergence.geography.ImportProgress;
import sn.convergence.system.FieldViolation;
import sn.convergence.system.ValidationFailedException;

/** Boundary imports through the API: an uploaded GeoJSON file or a URL to fetch. */
@RestController
@RequestMapping("/api/v1/boundaries")
@Tag(name = "Geography", description = "Administrative units, name resolution, boundaries")
class BoundaryApiController {

  private final BoundaryImport boundaryImport;
  private final MessageSource messages;

  BoundaryApiController(BoundaryImport boundaryImport, MessageSource messages) {
    this.boundaryImport = boundaryImport;
    this.messages = messages;
  }

  @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(
      summary = "Import boundaries from an uploaded GeoJSON file (ADMIN or COORDINATOR)",
      description =
          "OCHA COD-AB or geoBoundaries. Level and property names are detected unless given.")
  ImportResponse upload(
      @RequestPart("file") MultipartFile file,
      @RequestParam(required = false) String level,
      @RequestParam(required = false) String pcodeProperty,
      @RequestParam(required = false) String nameProperty,
      @RequestParam(required = false) String parentProperty,
      @RequestParam(defaultValue = "false") boolean createUnits,
      Locale locale) {
    BoundaryImportOptions options =
        new BoundaryImportOptions(
            level(level), pcodeProperty, nameProperty, parentProperty, createUnits);
    return run(
        "file",
        BoundarySource.upload(file.getOriginalFilename(), file::getInputStream),
        options,
        locale);
  }

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Import boundaries from a GeoJSON URL (ADMIN or COORDINATOR)")
  ImportResponse fromUrl(@Valid @RequestBody UrlImportRequest request, Locale locale) {
    BoundaryImportOptions options =
        new BoundaryImportOptions(
            level(request.level()),
            request.pcodeProperty(),
            request.nameProperty(),
            request.parentProperty(),
            Boolean.TRUE.equals(request.createUnits()));
    return run("url", BoundarySource.publicUrl(request.url()), options, locale);
  }

  private ImportResponse run(
      String field, BoundarySource source, BoundaryImportOptions options, Locale locale) {
    try {
      return ImportResponse.of(boundaryImport.execute(source, options, ImportProgress.NONE));
    } catch (BoundaryImportException e) {
      String message =
          messages.getMessage(e.error().messageKey(), e.args(), e.getMessage(), locale);
      throw new ValidationFailedException(
          List.of(new FieldViolation(field, e.error().name(), message)));
    }
  }

  private static AdminLevel level(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    return AdminLevel.parse(text)
        .orElseThrow(() -> new IllegalArgumentException("Unknown level: " + text));
  }

  record UrlImportRequest(
      @NotBlank String url,
      String level,
      String pcodeProperty,
      String nameProperty,
      String parentProperty,
      Boolean createUnits) {}

  record ImportResponse(
      String source,
      String format,
      String level,
      int featuresRead,
      int unitsUpdated,
      List<String> unitsCreated,
      List<BoundaryImportReport.UnknownUnit> unknownUnits,
      int geometriesRepaired,
      int adjacencyPairs,
      List<String> adjacencyDifferences) {

    static ImportResponse of(BoundaryImportReport report) {
      return new ImportResponse(
          report.source(),
          report.format(),
          report.level().name(),
          report.featuresRead(),
          report.unitsUpdated(),
          report.unitsCreated().stream().map(p -> p.value()).toList(),
          report.unknownUnits(),
          report.geometriesRepaired(),
          report.adjacencyPairs(),
          report.adjacencyDifferences().stream()
              .map(d -> d.first() + "-" + d.second() + " " + d.kind())
              .toList());
    }
  }
}
