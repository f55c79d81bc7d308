package sn.convergence.system.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import sn.convergence.system.ConflictException;
import sn.convergence.system.OrganisationDirectory;
import sn.convergence.system.Role;
import sn.convergence.system.UserAccount;
import sn.convergence.system.UserAccounts;

/** Administrators list accounts, create one with a role (and organisation), enable or disable. */
@Controller
@RequestMapping("/admin/users")
@PreAuthorize("hasRole('ADMIN')")
class UserAdminPageController {

  private final UserAccounts accounts;
  private final List<OrganisationDirectory> directories;

  UserAdminPageController(UserAccounts accounts, List<OrganisationDirectory> directories) {
    this.accounts = accounts;
    this.directories = directories;
  }

  /** One account as listed, with its organisation's label. */
  record Row(long id, String username, String role, String organisation, boolean enabled) {}

  @GetMapping
  String list(Model model) {
    Map<Long, String> labels = labels();
    List<Row> rows =
        accounts.list().stream()
            .map(
                (UserAccount a) ->
                    new Row(
                        a.id(),
                        a.username(),
                        a.role().name(),
                        a.organisationId() == null
                            ? null
                            : labels.getOrDefault(
                                a.organisationId(), String.valueOf(a.organisationId())),
                        a.enabled()))
            .toList();
    model.addAttribute("users", rows);
    model.addAttribute("roles", Role.values());
    model.addAttribute("organisations", labels);
    return "system/users";
  }

  @PostMapping
  String create(
      @RequestParam(defaultValue = "") String username,
      @RequestParam(defaultValue = "") String password,
      @RequestParam(defaultValue = "VIEWER") Role role,
      @RequestParam(required = false) Long organisationId,
      RedirectAttributes redirect) {
    if (role == Role.PARTNER && organisationId == null) {
      redirect.addFlashAttribute("problem", "users.problem.organisation");
      return "redirect:/admin/users";
    }
    try {
      UserAccount created = accounts.register(username, password, role, organisationId);
      redirect.addFlashAttribute("flash", "users.flash.created");
      redirect.addFlashAttribute("flashName", created.username());
    } catch (ConflictException e) {
      redirect.addFlashAttribute("problem", "users.problem.duplicate");
    } catch (IllegalArgumentException e) {
      redirect.addFlashAttribute("problem", "users.problem.invalid");
    }
    return "redirect:/admin/users";
  }

  @PostMapping("/{id}/enabled")
  String enable(@PathVariable long id, @RequestParam boolean enabled, RedirectAttributes redirect) {
    try {
      UserAccount changed = accounts.setEnabled(id, enabled);
      redirect.addFlashAttribute("flash", enabled ? "users.flash.enabled" : "users.flash.disabled");
      redirect.addFlashAttribute("flashName", changed.username());
    } catch (IllegalArgumentException e) {
      redirect.addFlashAttribute("problem", "users.problem.self");
    }
    return "redirect:/admin/users";
  }

  private Map<Long, String> labels() {
    Map<Long, String> labels = new LinkedHashMap<>();
    directories.forEach(d -> labels.putAll(d.labels()));
    return labels;
  }
}
