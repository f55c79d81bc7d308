package sn.convergence.registry.web;

import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import sn.convergence.actors.Organisation;
import sn.convergence.actors.OrganisationId;
import sn.convergence.actors.Organisations;
import sn.convergence.registry.Intervention;
import sn.convergence.registry.InterventionId;
import sn.convergence.registry.InterventionReviews;
import sn.convergence.registry.ReportingYears;
import sn.convergence.system.ConflictException;
import sn.convergence.system.ValidationFailedException;

/**
 * The review pages: the coordinators' queue of submitted interventions with validate and
 * return-with-comment forms, the locked reporting years, and the partner's submit button. Every
 * form posts with its CSRF token; the use cases decide who may do what.
 */
@Controller
class ReviewPageController {

  static final String COORDINATORS = "hasAnyRole('ADMIN','COORDINATOR')";

  private final InterventionReviews reviews;
  private final ReportingYears years;
  private final Organisations organisations;

  ReviewPageController(
      InterventionReviews reviews, ReportingYears years, Organisations organisations) {
    this.reviews = reviews;
    this.years = years;
    this.organisations = organisations;
  }

  @GetMapping("/review")
  @PreAuthorize(COORDINATORS)
  String queue(Model model) {
    Map<OrganisationId, Organisation> byId = organisations.byId();
    model.addAttribute(
        "queue",
        reviews.queue().stream().map(s -> InterventionView.SummaryView.of(s, byId)).toList());
    model.addAttribute("lockedYears", years.list());
    return "registry/review/queue";
  }

  @PostMapping("/interventions/{id}/submit")
  @PreAuthorize("hasAnyRole('ADMIN','COORDINATOR','PARTNER')")
  String submit(@PathVariable long id, RedirectAttributes redirect) {
    Intervention submitted = step(() -> reviews.submit(InterventionId.of(id)), redirect);
    flash(redirect, submitted, "review.flash.submitted");
    return "redirect:/interventions/" + id;
  }

  @PostMapping("/review/{id}/validate")
  @PreAuthorize(COORDINATORS)
  String validate(@PathVariable long id, RedirectAttributes redirect) {
    flash(
        redirect,
        step(() -> reviews.validate(InterventionId.of(id)), redirect),
        "review.flash.validated");
    return "redirect:/review";
  }

  @PostMapping("/review/{id}/return")
  @PreAuthorize(COORDINATORS)
  String returnToPartner(
      @PathVariable long id,
      @RequestParam(required = false) String comment,
      RedirectAttributes redirect) {
    Intervention returned =
        step(() -> reviews.returnToPartner(InterventionId.of(id), comment), redirect);
    flash(redirect, returned, "review.flash.returned");
    return "redirect:/review";
  }

  @PostMapping("/review/years")
  @PreAuthorize(COORDINATORS)
  String lockYear(
      @RequestParam int year, @RequestParam boolean locked, RedirectAttributes redirect) {
    try {
      if (locked) {
        years.lock(year);
      } else {
        years.unlock(year);
      }
      redirect.addFlashAttribute("flash", locked ? "review.flash.locked" : "review.flash.unlocked");
      redirect.addFlashAttribute("flashCode", year);
    } catch (ValidationFailedException e) {
      redirect.addFlashAttribute("problem", "review.problem.year");
    }
    return "redirect:/review";
  }

  /** Runs a review step; a refused step (wrong state, missing comment) becomes a page message. */
  private static Intervention step(
      java.util.function.Supplier<Intervention> work, RedirectAttributes redirect) {
    try {
      return work.get();
    } catch (ConflictException e) {
      redirect.addFlashAttribute("problem", "review.problem.state");
    } catch (ValidationFailedException e) {
      redirect.addFlashAttribute("problem", "review.problem.comment");
    }
    return null;
  }

  private static void flash(RedirectAttributes redirect, Intervention done, String key) {
    if (done != null) {
      redirect.addFlashAttribute("flash", key);
      redirect.addFlashAttribute("flashCode", done.code());
    }
  }
}
