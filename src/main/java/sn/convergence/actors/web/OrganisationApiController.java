package sn.convergence.actors.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import sn.convergence.actors.Organisation;
import sn.convergence.actors.OrganisationDraft;
import sn.convergence.actors.OrganisationId;
import sn.convergence.actors.OrganisationQuery;
import sn.convergence.actors.OrganisationType;
import sn.convergence.actors.Organisations;
import sn.convergence.system.FieldViolation;
import sn.convergence.system.NotFoundException;
import sn.convergence.system.ValidationFailedException;
import sn.convergence.system.web.PageResponse;

@RestController
@RequestMapping("/api/v1/organisations")
@Tag(name = "Organisations", description = "Actors: government, UN agencies, donors, NGOs")
class OrganisationApiController {

  private final Organisations organisations;

  OrganisationApiController(Organisations organisations) {
    this.organisations = organisations;
  }

  @GetMapping
  @Operation(summary = "List organisations by text (acronym or name) and type, ordered by acronym")
  PageResponse<OrganisationView> list(
      @RequestParam(required = false) String q,
      @RequestParam(required = false) String type,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    OrganisationType kind = type == null || type.isBlank() ? null : parseType(type, "type");
    List<OrganisationView> views =
        organisations.list(new OrganisationQuery(q, kind)).stream()
            .map(OrganisationView::of)
            .toList();
    return PageResponse.of(views, page, size);
  }

  @GetMapping("/{id}")
  @Operation(summary = "One organisation")
  OrganisationView one(@PathVariable long id) {
    return organisations
        .find(OrganisationId.of(id))
        .map(OrganisationView::of)
        .orElseThrow(() -> new NotFoundException("Organisation", id));
  }

  @PostMapping
  @Operation(
      summary = "Create an organisation",
      description = "400 lists invalid fields; 409 when the acronym is already used (any case).")
  ResponseEntity<OrganisationView> create(@RequestBody OrganisationRequest request) {
    Organisation created = organisations.create(request.toDraft());
    return ResponseEntity.created(URI.create("/api/v1/organisations/" + created.id()))
        .body(OrganisationView.of(created));
  }

  @PutMapping("/{id}")
  @Operation(summary = "Replace an organisation's fields")
  OrganisationView update(@PathVariable long id, @RequestBody OrganisationRequest request) {
    return OrganisationView.of(organisations.update(OrganisationId.of(id), request.toDraft()));
  }

  @DeleteMapping("/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(summary = "Delete an organisation; 409 while interventions or members refer to it")
  void delete(@PathVariable long id) {
    organisations.delete(OrganisationId.of(id));
  }

  private static OrganisationType parseType(String text, String field) {
    try {
      return OrganisationType.valueOf(text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new ValidationFailedException(
          List.of(new FieldViolation(field, "unknown", "Unknown organisation type: " + text)));
    }
  }

  /** The writable fields; ids and timestamps sent by clients are ignored. */
  record OrganisationRequest(
      String acronym,
      String name,
      String type,
      Long parentId,
      String iatiIdentifier,
      Boolean synthetic) {

    OrganisationDraft toDraft() {
      OrganisationType kind = type == null || type.isBlank() ? null : parseType(type, "type");
      return new OrganisationDraft(
          acronym,
          name,
          kind,
          parentId == null ? null : OrganisationId.of(parentId),
          iatiIdentifier,
          Boolean.TRUE.equals(synthetic));
    }
  }

  record OrganisationView(
      long id,
      String acronym,
      String name,
      OrganisationType type,
      Long parentId,
      String iatiIdentifier,
      boolean synthetic,
      Instant createdAt,
      Instant updatedAt,
      int version) {

    static OrganisationView of(Organisation o) {
      return new OrganisationView(
          o.id().value(),
          o.acronym(),
          o.name(),
          o.type(),
          o.parent() == null ? null : o.parent().value(),
          o.iatiIdentifier(),
          o.synthetic(),
          o.createdAt(),
          o.updatedAt(),
          o.version());
    }
  }
}
