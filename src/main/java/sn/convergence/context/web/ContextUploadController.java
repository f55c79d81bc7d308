package sn.convergence.context.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import sn.convergence.context.ContextFile;
import sn.convergence.context.ContextImport;
import sn.convergence.system.FieldViolation;
import sn.convergence.system.ValidationFailedException;

@RestController
@RequestMapping("/api/v1/context")
@Tag(name = "Context", description = "Context indicators per unit and year")
class ContextUploadController {

  /** Context files are small tables: 20 MB is far more than 100,000 rows need (CSV or XLSX). */
  static final long MAX_BYTES = 20L * 1024 * 1024;

  private final ContextImport contextImport;

  ContextUploadController(ContextImport contextImport) {
    this.contextImport = contextImport;
  }

  @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(
      summary = "Load context values from a CSV file or an XLSX workbook (ADMIN or COORDINATOR)",
      description =
          "Columns indicator, pcode or name (resolved like imports do), year, value, source. CSV:"
              + " comma or semicolon separated, UTF-8. XLSX (recognised by its content, whatever"
              + " the file name): the first sheet, header on its first non-blank row; formulas are"
              + " not evaluated, their cached results are read. All or nothing: a bad row refuses"
              + " the file with a problem listing every bad cell as rows[<line>].<column>. A value"
              + " from the same source for the same indicator, unit and year is replaced.")
  ContextImport.Result upload(@RequestPart("file") MultipartFile file) throws IOException {
    if (file.getSize() > MAX_BYTES) {
      throw new ValidationFailedException(
          List.of(new FieldViolation("file", "too_large", "The file exceeds 20 MB")));
    }
    return contextImport.execute(
        new ContextFile(file.getOriginalFilename(), file.getContentType(), file.getBytes()));
  }
}
