package sn.convergence.ingest.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import sn.convergence.ingest.export.ExportFormat;
import sn.convergence.ingest.template.ImportTemplate;

/** The import template, public so that partners can fill it in before they have an account. */
@RestController
@RequestMapping("/api/v1/imports")
@Tag(name = "Imports", description = "4W/5W spreadsheets and IATI files into the registry")
class TemplateApiController {

  static final String FILE_NAME = "modele-import-convergence";

  private final ImportTemplate template;

  TemplateApiController(ImportTemplate template) {
    this.template = template;
  }

  @GetMapping("/template.xlsx")
  @Operation(
      summary = "The XLSX import template",
      description =
          "Sheet Données: French headers (row 1), HXL hashtags (row 2), a worked example (row 3),"
              + " drop-down lists for types, target groups, units, statuses, region and department"
              + " P-codes and names; sheet Listes: the code lists; sheet Instructions: every"
              + " column and rule in French then English.")
  void xlsx(HttpServletResponse response) {
    Downloads.send(response, ExportFormat.XLSX, FILE_NAME + ".xlsx", false, template::writeXlsx);
  }

  @GetMapping("/template.csv")
  @Operation(
      summary = "The CSV import template",
      description = "UTF-8 with a byte order mark: the French headers and the HXL hashtag row.")
  void csv(HttpServletResponse response) {
    Downloads.send(response, ExportFormat.CSV, FILE_NAME + ".csv", false, template::writeCsv);
  }
}
