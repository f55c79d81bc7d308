package sn.convergence.registry.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.server.ResponseStatusException;
import sn.convergence.registry.Intervention;
import sn.convergence.registry.InterventionId;
import sn.convergence.registry.InterventionPage;
import sn.convergence.registry.InterventionPermissions;
import sn.convergence.registry.Interventions;

/**
 * The public intervention pages: the filtered list and the detail. An htmx request for the list
 * (header {@code HX-Request}) gets only the results fragment, except when htmx restores history.
 */
@Controller
class InterventionPageController {

  static final String LIST = "registry/interventions/list";

  private final Interventions interventions;
  private final InterventionViews views;
  private final InterventionPermissions permissions;

  InterventionPageController(
      Interventions interventions, InterventionViews views, InterventionPermissions permissions) {
    this.interventions = interventions;
    this.views = views;
    this.permissions = permissions;
  }

  @GetMapping("/interventions")
  String list(
      @ModelAttribute("filter") ListFilter filter,
      @RequestHeader(name = "HX-Request", required = false) String htmx,
      @RequestHeader(name = "HX-History-Restore-Request", required = false) String restore,
      Model model,
      Locale locale,
      HttpServletResponse response) {
    response.addHeader("Vary", "HX-Request");
    InterventionPage page =
        interventions.list(filter.toQuery(), filter.pageIndex(), ListFilter.PAGE_SIZE);
    model.addAttribute("page", page);
    model.addAttribute("pages", Math.max(1, (page.total() + page.size() - 1) / page.size()));
    model.addAttribute("rows", views.rows(page.items(), locale));
    if ("true".equals(htmx) && !"true".equals(restore)) {
      return LIST + " :: results";
    }
    model.addAttribute("choices", views.choices(locale));
    return LIST;
  }

  @GetMapping("/interventions/{id}")
  String detail(@PathVariable long id, Model model, Locale locale) {
    Intervention intervention =
        interventions
            .findForReader(InterventionId.of(id))
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    model.addAttribute("detail", views.detail(intervention, locale));
    model.addAttribute("review", intervention.review());
    model.addAttribute("canEdit", permissions.canEdit(intervention));
    model.addAttribute("canSubmit", permissions.canSubmit(intervention));
    model.addAttribute("canReview", permissions.canReview());
    return "registry/interventions/detail";
  }
}
