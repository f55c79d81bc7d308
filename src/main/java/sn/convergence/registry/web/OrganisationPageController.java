package sn.convergence.registry.web;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import sn.convergence.actors.Organisation;
import sn.convergence.actors.OrganisationId;
import sn.convergence.actors.OrganisationQuery;
import sn.convergence.actors.OrganisationType;
import sn.convergence.actors.Organisations;
import sn.convergence.registry.InterventionQuery;
import sn.convergence.registry.InterventionSummary;
import sn.convergence.registry.Interventions;
import sn.convergence.system.NotFoundException;

/**
 * Organisation pages. They live in the registry module because an organisation's page lists the
 * interventions it takes part in, and the actors module must not depend on the registry.
 */
@Controller
class OrganisationPageController {

  private static final int MAX_LISTED = 200;

  private final Organisations organisations;
  private final Interventions interventions;

  OrganisationPageController(Organisations organisations, Interventions interventions) {
    this.organisations = organisations;
    this.interventions = interventions;
  }

  /** One line of the organisation list. */
  record OrganisationLine(Organisation organisation, Organisation parent, long interventions) {}

  @GetMapping("/organisations")
  String list(
      @RequestParam(required = false) String q,
      @RequestParam(required = false) String type,
      Model model) {
    OrganisationType selectedType = parseType(type);
    Map<OrganisationId, Organisation> all = organisations.byId();
    Map<OrganisationId, Long> counts = interventions.countByOrganisation();
    List<OrganisationLine> lines =
        organisations.list(new OrganisationQuery(blankToNull(q), selectedType)).stream()
            .map(
                o ->
                    new OrganisationLine(
                        o,
                        o.parent() == null ? null : all.get(o.parent()),
                        counts.getOrDefault(o.id(), 0L)))
            .toList();
    model.addAttribute("lines", lines);
    model.addAttribute("q", q);
    model.addAttribute("type", selectedType);
    model.addAttribute("types", OrganisationType.values());
    return "registry/organisations";
  }

  @GetMapping("/organisations/{id}")
  String detail(@PathVariable long id, Model model) {
    OrganisationId organisationId = new OrganisationId(id);
    Organisation organisation =
        organisations
            .find(organisationId)
            .orElseThrow(() -> new NotFoundException("Organisation", id));
    Map<OrganisationId, Organisation> all = organisations.byId();
    List<InterventionSummary> listed =
        interventions.list(query(organisationId), 0, MAX_LISTED).items();
    model.addAttribute("organisation", organisation);
    model.addAttribute(
        "parent", organisation.parent() == null ? null : all.get(organisation.parent()));
    model.addAttribute(
        "children", all.values().stream().filter(o -> organisationId.equals(o.parent())).toList());
    model.addAttribute("interventions", listed);
    return "registry/organisation";
  }

  private static InterventionQuery query(OrganisationId id) {
    return new InterventionQuery(null, null, null, id, null, null, null, null);
  }

  private static OrganisationType parseType(String type) {
    if (type == null || type.isBlank()) {
      return null;
    }
    try {
      return OrganisationType.valueOf(type);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
