package sn.convergence.ingest.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import sn.convergence.ingest.Field;
import sn.convergence.ingest.ImportBatch;
import sn.convergence.ingest.ImportMode;
import sn.convergence.ingest.ImportProgress;
import sn.convergence.ingest.ImportRunner;
import sn.convergence.ingest.Imports;
import sn.convergence.ingest.commit.ImportOptions;
import sn.convergence.system.NotFoundException;

/**
 * Imports over HTTP: upload a file as a batch and get its preview, commit it, undo it, confirm a
 * match, follow progress. Everything needs a writer role (checked in {@link Imports}).
 */
@RestController
@RequestMapping("/api/v1/imports")
@Tag(name = "Imports", description = "4W/5W spreadsheets and IATI files: preview, commit, undo")
class ImportApiController {

  private final Imports imports;
  private final ImportRunner runner;

  ImportApiController(Imports imports, ImportRunner runner) {
    this.imports = imports;
    this.runner = runner;
  }

  /** A batch with its progress while it runs. */
  record BatchView(ImportBatch batch, ImportProgress.Snapshot progress) {}

  /** A match the user confirms: kind ORGANISATION, TYPE or UNIT; target acronym, code or P-code. */
  record MatchRequest(String kind, String text, String target) {}

  /** Columns to map: header text to field, saved into the named profile. */
  record ColumnsRequest(String profile, Map<String, Field> headers) {}

  @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(
      summary = "Upload a CSV, XLSX or IATI XML file and preview it (writers)",
      description =
          "Creates a batch and returns what a commit would do, with every error and warning located"
              + " by sheet, row and column. async=true returns 202 at once; follow GET /{id}.")
  ResponseEntity<BatchView> upload(
      @RequestPart("file") MultipartFile file,
      @RequestParam(defaultValue = "ALL_OR_NOTHING") ImportMode mode,
      @RequestParam(required = false) Integer defaultYear,
      @RequestParam(defaultValue = "false") boolean createOrganisations,
      @RequestParam(required = false) String country,
      @RequestParam(required = false) BigDecimal usdToXof,
      @RequestParam(required = false) String profile,
      @RequestParam(defaultValue = "false") boolean async)
      throws IOException {
    ImportOptions options =
        new ImportOptions(mode, defaultYear, createOrganisations, country, usdToXof, profile);
    ImportBatch batch;
    try (InputStream in = file.getInputStream()) {
      batch = imports.receive(file.getOriginalFilename(), in, options);
    }
    if (async) {
      runner.preview(batch.id());
      return ResponseEntity.status(HttpStatus.ACCEPTED).body(view(batch));
    }
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(view(imports.preview(batch.id(), ImportProgress.Listener.NONE)));
  }

  @GetMapping
  @Operation(summary = "The latest import batches the caller may see (writers)")
  List<ImportBatch> list(@RequestParam(defaultValue = "50") int limit) {
    return imports.list(limit);
  }

  @GetMapping("/{id}")
  @Operation(summary = "An import batch: status, progress and report (writers)")
  BatchView get(@PathVariable long id) {
    return view(imports.find(id).orElseThrow(() -> new NotFoundException("Import", id)));
  }

  @PostMapping("/{id}/commit")
  @Operation(
      summary = "Write a previewed batch to the registry in one transaction (writers)",
      description = "mode ALL_OR_NOTHING (default) or VALID_ROWS_ONLY. async=true returns 202.")
  ResponseEntity<BatchView> commit(
      @PathVariable long id,
      @RequestParam(required = false) ImportMode mode,
      @RequestParam(defaultValue = "false") boolean async) {
    if (async) {
      imports.find(id).orElseThrow(() -> new NotFoundException("Import", id));
      runner.commit(id, mode);
      return ResponseEntity.status(HttpStatus.ACCEPTED).body(get(id));
    }
    return ResponseEntity.ok(view(imports.commit(id, mode, ImportProgress.Listener.NONE)));
  }

  @DeleteMapping("/{id}")
  @Operation(summary = "Undo a committed batch as a whole (writers)")
  BatchView undo(@PathVariable long id) {
    return view(imports.undo(id));
  }

  @PostMapping(value = "/{id}/matches", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Confirm a match (remembered for later imports) and preview again (writers)")
  BatchView confirm(@PathVariable long id, @RequestBody MatchRequest match) {
    return view(imports.confirm(id, match.kind(), match.text(), match.target()));
  }

  @PostMapping(value = "/{id}/columns", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      summary = "Map unrecognised columns into a saved profile and preview again (writers)",
      description =
          "The headers are added to the named column profile (created when new); the batch uses"
              + " that profile from now on.")
  BatchView mapColumns(@PathVariable long id, @RequestBody ColumnsRequest request) {
    return view(imports.mapColumns(id, request.profile(), request.headers()));
  }

  private BatchView view(ImportBatch batch) {
    return new BatchView(batch, imports.progress(batch.id()).orElse(null));
  }
}
