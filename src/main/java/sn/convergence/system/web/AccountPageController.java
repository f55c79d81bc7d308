package sn.convergence.system.web;

import java.time.Duration;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import sn.convergence.system.NotFoundException;
import sn.convergence.system.OrganisationDirectory;
import sn.convergence.system.UserAccount;
import sn.convergence.system.UserAccounts;
import sn.convergence.system.security.ApiTokens;

/**
 * "My account": who I am, my role and organisation, a password change that asks for the current
 * password, and my personal access tokens (a new token is shown once, on the page that follows its
 * creation).
 */
@Controller
@PreAuthorize("isAuthenticated()")
class AccountPageController {

  private final UserAccounts accounts;
  private final ApiTokens tokens;
  private final java.util.List<OrganisationDirectory> directories;

  AccountPageController(
      UserAccounts accounts, ApiTokens tokens, java.util.List<OrganisationDirectory> directories) {
    this.accounts = accounts;
    this.tokens = tokens;
    this.directories = directories;
  }

  @GetMapping("/account")
  String account(Authentication auth, Model model) {
    UserAccount account = accounts.find(auth.getName()).orElse(null);
    model.addAttribute("username", auth.getName());
    model.addAttribute("account", account);
    model.addAttribute("roles", auth.getAuthorities().stream().map(a -> a.getAuthority()).toList());
    model.addAttribute("organisation", organisationLabel(account));
    model.addAttribute("tokens", tokens.list(auth.getName()));
    return "system/account";
  }

  @PostMapping("/account/password")
  String changePassword(
      Authentication auth,
      @RequestParam(defaultValue = "") String current,
      @RequestParam(defaultValue = "") String replacement,
      @RequestParam(defaultValue = "") String confirmation,
      RedirectAttributes redirect) {
    if (!replacement.equals(confirmation)) {
      return problem(redirect, "account.password.mismatch");
    }
    if (replacement.length() < 12) {
      return problem(redirect, "account.password.tooShort");
    }
    if (!accounts.changePassword(auth.getName(), current, replacement)) {
      return problem(redirect, "account.password.wrongCurrent");
    }
    redirect.addFlashAttribute("flash", "account.password.changed");
    return "redirect:/account";
  }

  @PostMapping("/account/tokens")
  String createToken(
      Authentication auth,
      @RequestParam(defaultValue = "") String name,
      @RequestParam(defaultValue = "90") int days,
      RedirectAttributes redirect) {
    if (name.isBlank() || name.length() > 100 || days < 1 || days > 366) {
      return problem(redirect, "account.tokens.invalid");
    }
    ApiTokens.IssuedToken issued = tokens.create(auth.getName(), name, Duration.ofDays(days));
    redirect.addFlashAttribute("issuedToken", issued.token());
    return "redirect:/account";
  }

  @PostMapping("/account/tokens/{id}/revoke")
  String revokeToken(Authentication auth, @PathVariable long id, RedirectAttributes redirect) {
    try {
      tokens.revoke(auth.getName(), id);
      redirect.addFlashAttribute("flash", "account.tokens.revoked");
    } catch (NotFoundException e) {
      return problem(redirect, "account.tokens.unknown");
    }
    return "redirect:/account";
  }

  private String organisationLabel(UserAccount account) {
    if (account == null || account.organisationId() == null) {
      return null;
    }
    return directories.stream()
        .map(OrganisationDirectory::labels)
        .map((Map<Long, String> labels) -> labels.get(account.organisationId()))
        .filter(java.util.Objects::nonNull)
        .findFirst()
        .orElse(String.valueOf(account.organisationId()));
  }

  private static String problem(RedirectAttributes redirect, String key) {
    redirect.addFlashAttribute("problem", key);
    return "redirect:/account";
  }
}
