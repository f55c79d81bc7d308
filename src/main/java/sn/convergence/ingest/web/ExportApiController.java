package sn.convergence.ingest.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.Locale;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import sn.convergence.actors.Organisations;
import sn.convergence.geography.AdminLevel;
import sn.convergence.ingest.export.ExportFormat;
import sn.convergence.ingest.export.PresenceExport;
import sn.convergence.ingest.export.RegistryExport;
import sn.convergence.registry.InterventionQuery;
import sn.convergence.registry.PresenceQuery;
import sn.convergence.system.web.QueryParams;

/**
 * The registry and the presence aggregate as files. Anonymous callers get validated interventions
 * only, as in the list and presence APIs; signed-in users get every review status in the registry.
 */
@RestController
@RequestMapping("/api/v1/exports")
@Tag(
    name = "Exports",
    description = "The registry and the presence aggregate as CSV, XLSX, GeoJSON")
class ExportApiController {

  private static final String REGISTRY_DOC =
      "One row per coverage fact, columns of the import template (French headers, HXL row), so"
          + " that the file imports back to the same facts. Filters as GET /api/v1/interventions"
          + " (q, family, type, organisation id or acronym, targetGroup, status, pcode, year);"
          + " pcode and year also keep only the rows in that unit and year. Anonymous callers get"
          + " validated interventions only. Text cells that a spreadsheet would run as formulas are"
          + " prefixed with an apostrophe.";
  private static final String PRESENCE_DOC =
      "The presence aggregate of GET /api/v1/presence (same parameters), one row per unit with"
          + " interventions, actors, planned and reached beneficiaries per beneficiary unit (never"
          + " added across units) and budget; rows reported at a coarser level follow the units."
          + " Headers in the request's language, HXL hashtag row.";

  private final RegistryExport registry;
  private final PresenceExport presence;
  private final Organisations organisations;

  ExportApiController(
      RegistryExport registry, PresenceExport presence, Organisations organisations) {
    this.registry = registry;
    this.presence = presence;
    this.organisations = organisations;
  }

  @GetMapping("/registry.csv")
  @Operation(summary = "The registry as CSV (UTF-8 with BOM)", description = REGISTRY_DOC)
  void registryCsv(@ParameterObject RegistryFilter filter, HttpServletResponse response) {
    registry(filter, ExportFormat.CSV, response);
  }

  @GetMapping("/registry.xlsx")
  @Operation(summary = "The registry as XLSX", description = REGISTRY_DOC)
  void registryXlsx(@ParameterObject RegistryFilter filter, HttpServletResponse response) {
    registry(filter, ExportFormat.XLSX, response);
  }

  @GetMapping("/presence.csv")
  @Operation(summary = "The presence aggregate as CSV (UTF-8 with BOM)", description = PRESENCE_DOC)
  void presenceCsv(
      @ParameterObject PresenceFilter filter, Locale locale, HttpServletResponse response) {
    presence(filter, ExportFormat.CSV, locale, response);
  }

  @GetMapping("/presence.xlsx")
  @Operation(summary = "The presence aggregate as XLSX", description = PRESENCE_DOC)
  void presenceXlsx(
      @ParameterObject PresenceFilter filter, Locale locale, HttpServletResponse response) {
    presence(filter, ExportFormat.XLSX, locale, response);
  }

  @GetMapping("/presence.geojson")
  @Operation(
      summary = "The presence aggregate as GeoJSON",
      description =
          PRESENCE_DOC
              + " GeoJSON: one Feature per unit of the level with its imported boundary, else its"
              + " centroid as a Point; the properties are the columns by key.")
  void presenceGeoJson(
      @ParameterObject PresenceFilter filter, Locale locale, HttpServletResponse response) {
    presence(filter, ExportFormat.GEOJSON, locale, response);
  }

  private void registry(RegistryFilter f, ExportFormat format, HttpServletResponse response) {
    InterventionQuery query =
        new InterventionQuery(
            QueryParams.text(f.q()),
            QueryParams.text(f.family()),
            QueryParams.text(f.type()),
            ExportParams.organisation(f.organisation(), organisations),
            QueryParams.text(f.targetGroup()),
            ExportParams.status(f.status()),
            ExportParams.pcode(f.pcode()),
            f.year());
    String name = "convergence-registre-" + LocalDate.now() + "." + format.extension();
    Downloads.send(response, format, name, true, out -> registry.write(query, format, out));
  }

  private void presence(
      PresenceFilter f, ExportFormat format, Locale locale, HttpServletResponse response) {
    AdminLevel level = ExportParams.level(f.level());
    LocalDate from = f.year() == null ? f.from() : LocalDate.of(f.year(), 1, 1);
    LocalDate to = f.year() == null ? f.to() : LocalDate.of(f.year(), 12, 31);
    PresenceQuery query =
        new PresenceQuery(
            level,
            from,
            to,
            QueryParams.text(f.family()),
            QueryParams.text(f.type()),
            ExportParams.organisation(f.organisation(), organisations),
            QueryParams.text(f.targetGroup()),
            ExportParams.status(f.status()),
            Boolean.TRUE.equals(f.includeDrafts()));
    String name =
        "convergence-presence-"
            + (level == AdminLevel.REGION ? "regions" : "departements")
            + (f.year() == null ? "" : "-" + f.year())
            + "."
            + format.extension();
    Downloads.send(response, format, name, true, out -> presence.write(query, format, locale, out));
  }

  /** The intervention list's filters. */
  record RegistryFilter(
      String q,
      String family,
      String type,
      String organisation,
      String targetGroup,
      String status,
      String pcode,
      Integer year) {}

  /** The presence API's parameters. */
  record PresenceFilter(
      String level,
      Integer year,
      @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      String family,
      String type,
      String organisation,
      String targetGroup,
      String status,
      Boolean includeDrafts) {}
}
