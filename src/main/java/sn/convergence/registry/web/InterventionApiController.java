package sn.convergence.registry.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Map;
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
import sn.convergence.actors.OrganisationId;
import sn.convergence.actors.Organisations;
import sn.convergence.geography.PCode;
import sn.convergence.registry.Intervention;
import sn.convergence.registry.InterventionId;
import sn.convergence.registry.InterventionPage;
import sn.convergence.registry.InterventionQuery;
import sn.convergence.registry.InterventionStatus;
import sn.convergence.registry.Interventions;
import sn.convergence.system.FieldViolation;
import sn.convergence.system.NotFoundException;
import sn.convergence.system.ValidationFailedException;
import sn.convergence.system.web.PageResponse;

@RestController
@RequestMapping("/api/v1/interventions")
@Tag(name = "Interventions", description = "Programmes and projects with participants and coverage")
class InterventionApiController {

  private final Interventions interventions;
  private final Organisations organisations;

  InterventionApiController(Interventions interventions, Organisations organisations) {
    this.interventions = interventions;
    this.organisations = organisations;
  }

  @GetMapping
  @Operation(
      summary = "List interventions, ordered by code",
      description =
          "q matches code or title; organisation is an id or an acronym; pcode keeps interventions"
              + " with coverage in that unit or inside it; year keeps those with a coverage row"
              + " whose period overlaps that calendar year.")
  PageResponse<InterventionView.SummaryView> list(
      @RequestParam(required = false) String q,
      @RequestParam(required = false) String family,
      @RequestParam(required = false) String type,
      @RequestParam(required = false) String organisation,
      @RequestParam(required = false) String targetGroup,
      @RequestParam(required = false) String status,
      @RequestParam(required = false) String pcode,
      @RequestParam(required = false) Integer year,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    InterventionQuery query =
        new InterventionQuery(
            q,
            family,
            type,
            OrganisationParam.parse(organisation, organisations),
            targetGroup,
            status(status),
            pcode == null || pcode.isBlank() ? null : PCode.of(pcode),
            year);
    InterventionPage result = interventions.list(query, page, size);
    Map<OrganisationId, Organisation> byId = organisations.byId();
    List<InterventionView.SummaryView> items =
        result.items().stream().map(s -> InterventionView.SummaryView.of(s, byId)).toList();
    return PageResponse.of(items, result.page(), result.size(), result.total());
  }

  @GetMapping("/{id}")
  @Operation(summary = "One intervention with its participants and coverage rows")
  InterventionView one(@PathVariable long id) {
    return interventions
        .findForReader(InterventionId.of(id))
        .map(this::view)
        .orElseThrow(() -> new NotFoundException("Intervention", id));
  }

  @PostMapping
  @Operation(
      summary = "Create an intervention with participants and coverage in one transaction",
      description =
          "400 problem+json lists every invalid field (errors[].field is a JSON path such as"
              + " coverage[0].pcode) and nothing is stored; 409 when the code is already used.")
  ResponseEntity<InterventionView> create(@RequestBody InterventionRequest request) {
    List<FieldViolation> readOnly = request.readOnlyViolations(null, null);
    if (!readOnly.isEmpty()) {
      interventions.refuseReadOnlyFields(null, readOnly);
    }
    Intervention created = interventions.create(request.toDraft());
    return ResponseEntity.created(URI.create("/api/v1/interventions/" + created.id()))
        .body(view(created));
  }

  @PutMapping("/{id}")
  @Operation(
      summary = "Replace an intervention, its participants and its coverage rows",
      description =
          "A partner may change only interventions of its own organisation and must keep it among"
              + " the participants (403 otherwise); its change puts the record back to DRAFT. An id"
              + " or reviewStatus in the body that differs from the stored one gives 400.")
  InterventionView update(@PathVariable long id, @RequestBody InterventionRequest request) {
    InterventionId target = InterventionId.of(id);
    Intervention existing =
        interventions.find(target).orElseThrow(() -> new NotFoundException("Intervention", id));
    List<FieldViolation> readOnly = request.readOnlyViolations(id, existing.review().status());
    if (!readOnly.isEmpty()) {
      interventions.refuseReadOnlyFields(target, readOnly);
    }
    return view(interventions.update(target, request.toDraft()));
  }

  @DeleteMapping("/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(summary = "Delete an intervention with its coverage rows")
  void delete(@PathVariable long id) {
    interventions.delete(InterventionId.of(id));
  }

  private InterventionView view(Intervention intervention) {
    return InterventionView.of(intervention, organisations.byId());
  }

  static InterventionStatus status(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    InterventionStatus status = InterventionStatus.parse(text);
    if (status == null) {
      throw invalid("status", "Unknown status: " + text);
    }
    return status;
  }

  static ValidationFailedException invalid(String field, String message) {
    return new ValidationFailedException(List.of(new FieldViolation(field, "unknown", message)));
  }
}
