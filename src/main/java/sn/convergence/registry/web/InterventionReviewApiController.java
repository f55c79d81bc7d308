package sn.convergence.registry.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import sn.convergence.actors.Organisation;
import sn.convergence.actors.OrganisationId;
import sn.convergence.actors.Organisations;
import sn.convergence.registry.Intervention;
import sn.convergence.registry.InterventionId;
import sn.convergence.registry.InterventionReviews;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Review", description = "Submit, validate or return interventions")
class InterventionReviewApiController {

  private final InterventionReviews reviews;
  private final Organisations organisations;

  InterventionReviewApiController(InterventionReviews reviews, Organisations organisations) {
    this.reviews = reviews;
    this.organisations = organisations;
  }

  record ReturnRequest(String comment) {}

  @PostMapping("/interventions/{id}/submit")
  @Operation(
      summary = "Submit a DRAFT or RETURNED intervention for validation",
      description = "A partner of a participating organisation, a coordinator or an administrator.")
  InterventionView submit(@PathVariable long id) {
    return view(reviews.submit(InterventionId.of(id)));
  }

  @PostMapping("/interventions/{id}/validate")
  @Operation(summary = "Validate a SUBMITTED intervention (coordinators and administrators)")
  InterventionView validate(@PathVariable long id) {
    return view(reviews.validate(InterventionId.of(id)));
  }

  @PostMapping("/interventions/{id}/return")
  @Operation(
      summary = "Return a SUBMITTED intervention to its partner with a comment",
      description =
          "Coordinators and administrators; the comment (required) is shown to the partner.")
  InterventionView returnToPartner(
      @PathVariable long id, @RequestBody(required = false) ReturnRequest request) {
    return view(
        reviews.returnToPartner(InterventionId.of(id), request == null ? null : request.comment()));
  }

  @GetMapping("/review-queue")
  @Operation(summary = "Interventions waiting for validation (coordinators and administrators)")
  List<InterventionView.SummaryView> queue() {
    Map<OrganisationId, Organisation> byId = organisations.byId();
    return reviews.queue().stream().map(s -> InterventionView.SummaryView.of(s, byId)).toList();
  }

  private InterventionView view(Intervention intervention) {
    return InterventionView.of(intervention, organisations.byId());
  }
}
