package sn.convergence.ingest.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import sn.convergence.ingest.ColumnProfiles;
import sn.convergence.ingest.Field;
import sn.convergence.ingest.SavedProfile;
import sn.convergence.system.NotFoundException;

/**
 * Saved column profiles over HTTP: list, read, add headers, remove one, delete, and load a CSV of
 * profiles ({@code profile,header,field}). Everything needs a writer role (checked in {@link
 * ColumnProfiles}).
 */
@RestController
@RequestMapping("/api/v1/import-profiles")
@Tag(name = "Imports", description = "Saved column profiles for files without HXL tags")
class ProfileApiController {

  private final ColumnProfiles profiles;

  ProfileApiController(ColumnProfiles profiles) {
    this.profiles = profiles;
  }

  /** Headers to add to a profile: header text to field. */
  record HeadersRequest(Map<String, Field> headers) {}

  @GetMapping
  @Operation(summary = "Every saved column profile with its headers (writers)")
  List<SavedProfile> list() {
    return profiles.list();
  }

  @GetMapping("/{name}")
  @Operation(summary = "One saved column profile (writers)")
  SavedProfile get(@PathVariable String name) {
    return profiles.find(name).orElseThrow(() -> new NotFoundException("Column profile", name));
  }

  @PutMapping(value = "/{name}", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      summary = "Create a profile or add headers to it (writers)",
      description = "A header the profile already has is remapped to the field given.")
  SavedProfile save(@PathVariable String name, @RequestBody HeadersRequest request) {
    return profiles.save(name, request.headers());
  }

  @DeleteMapping("/{name}/headers/{header}")
  @Operation(summary = "Remove one header from a profile (its creator or a reviewer)")
  SavedProfile removeHeader(@PathVariable String name, @PathVariable String header) {
    return profiles.removeHeader(name, header);
  }

  @DeleteMapping("/{name}")
  @Operation(summary = "Delete a profile (its creator or a reviewer)")
  ResponseEntity<Void> delete(@PathVariable String name) {
    profiles.delete(name);
    return ResponseEntity.noContent().build();
  }

  @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(
      summary =
          "Load profiles from a CSV file with the columns profile, header and field (writers)",
      description =
          "Every line is checked before anything is saved; returns the headers saved per profile.")
  ResponseEntity<Map<String, Integer>> load(@RequestPart("file") MultipartFile file)
      throws IOException {
    try (InputStream in = file.getInputStream()) {
      return ResponseEntity.status(HttpStatus.CREATED).body(profiles.importCsv(in));
    }
  }
}
