package sn.convergence.registry.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import sn.convergence.registry.Intervention;
import sn.convergence.registry.InterventionId;
import sn.convergence.registry.InterventionPermissions;
import sn.convergence.registry.Interventions;
import sn.convergence.system.ConflictException;
import sn.convergence.system.FieldViolation;
import sn.convergence.system.PermissionDeniedException;
import sn.convergence.system.ValidationFailedException;

/**
 * Create, edit and delete pages. Every handler needs a writer role, reads included (reads are
 * public otherwise), so an anonymous visitor is sent to the login page. A rejected form is shown
 * again with each message next to its input and nothing stored.
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN','COORDINATOR','PARTNER')")
class InterventionFormController {

  static final String FORM = "registry/interventions/form";

  private final Interventions interventions;
  private final InterventionViews views;
  private final MessageSource messages;
  private final InterventionPermissions permissions;

  InterventionFormController(
      Interventions interventions,
      InterventionViews views,
      MessageSource messages,
      InterventionPermissions permissions) {
    this.interventions = interventions;
    this.views = views;
    this.messages = messages;
    this.permissions = permissions;
  }

  @GetMapping("/interventions/new")
  public String newForm(Model model, Locale locale) {
    return form(model, locale, InterventionForm.empty(), null, FormErrors.none());
  }

  @PostMapping("/interventions/new")
  public String create(
      @ModelAttribute("form") InterventionForm form,
      Model model,
      Locale locale,
      RedirectAttributes redirect) {
    FormConversion conversion = FormConversion.of(form, false);
    try {
      if (conversion.violations().isEmpty()) {
        Intervention created = interventions.create(conversion.draft());
        return saved(created, "page.interventions.flash.created", redirect);
      }
    } catch (ValidationFailedException e) {
      return form(model, locale, form, null, errors(conversion, e.violations(), locale));
    } catch (ConflictException e) {
      return form(model, locale, form, null, duplicate(locale));
    }
    return form(model, locale, form, null, errors(conversion, List.of(), locale));
  }

  @GetMapping("/interventions/{id}/edit")
  public String editForm(@PathVariable long id, Model model, Locale locale) {
    Intervention existing = requireEditable(id);
    return form(model, locale, InterventionForm.of(existing), existing, FormErrors.none());
  }

  @PostMapping("/interventions/{id}/edit")
  public String update(
      @PathVariable long id,
      @ModelAttribute("form") InterventionForm form,
      Model model,
      Locale locale,
      RedirectAttributes redirect) {
    Intervention existing = require(id);
    FormConversion conversion = FormConversion.of(form, existing.synthetic());
    try {
      if (conversion.violations().isEmpty()) {
        Intervention updated = interventions.update(existing.id(), conversion.draft());
        return saved(updated, "page.interventions.flash.updated", redirect);
      }
    } catch (ValidationFailedException e) {
      return form(model, locale, form, existing, errors(conversion, e.violations(), locale));
    } catch (ConflictException e) {
      return form(model, locale, form, existing, duplicate(locale));
    }
    return form(model, locale, form, existing, errors(conversion, List.of(), locale));
  }

  @GetMapping("/interventions/{id}/delete")
  public String confirmDelete(@PathVariable long id, Model model, Locale locale) {
    model.addAttribute("detail", views.detail(requireEditable(id), locale));
    return "registry/interventions/delete";
  }

  @PostMapping("/interventions/{id}/delete")
  public String delete(@PathVariable long id, RedirectAttributes redirect) {
    Intervention existing = require(id);
    interventions.delete(existing.id());
    redirect.addFlashAttribute("flash", "page.interventions.flash.deleted");
    redirect.addFlashAttribute("flashCode", existing.code());
    return "redirect:/interventions";
  }

  private String form(
      Model model, Locale locale, InterventionForm form, Intervention existing, FormErrors errors) {
    model.addAttribute("form", form.withBlankRows());
    model.addAttribute("errors", errors);
    model.addAttribute("existing", existing);
    model.addAttribute(
        "action",
        existing == null ? "/interventions/new" : "/interventions/" + existing.id() + "/edit");
    model.addAttribute("choices", views.choices(locale));
    return FORM;
  }

  /**
   * The conversion's own violations and the registry's, all on form paths. When text could not be
   * read the registry is asked too, so that the user sees every problem at once.
   */
  private FormErrors errors(
      FormConversion conversion, List<FieldViolation> fromRegistry, Locale locale) {
    List<FieldViolation> all = new ArrayList<>(conversion.violations());
    List<FieldViolation> registry =
        fromRegistry.isEmpty() ? interventions.validate(conversion.draft()) : fromRegistry;
    registry.stream().map(conversion::toFormPath).forEach(all::add);
    return FormErrors.of(all, messages, locale);
  }

  private FormErrors duplicate(Locale locale) {
    return FormErrors.of(
        List.of(new FieldViolation("code", "duplicate", "This code is already used")),
        messages,
        locale);
  }

  private static String saved(Intervention saved, String flash, RedirectAttributes redirect) {
    redirect.addFlashAttribute("flash", flash);
    redirect.addFlashAttribute("flashCode", saved.code());
    return "redirect:/interventions/" + saved.id();
  }

  /** The intervention, when the current user may change it; 403 otherwise. */
  private Intervention requireEditable(long id) {
    Intervention existing = require(id);
    if (!permissions.canEdit(existing)) {
      throw new PermissionDeniedException(
          "not_participating", "This intervention belongs to another organisation");
    }
    return existing;
  }

  private Intervention require(long id) {
    return interventions
        .find(InterventionId.of(id))
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
  }
}
