package sn.convergence.ingest.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import sn.convergence.ingest.ColumnProfiles;
import sn.convergence.ingest.Field;
import sn.convergence.system.NotFoundException;

/**
 * The column profiles page: every saved profile with its headers, a form to add headers, a header
 * removed or a profile deleted (by its creator or a reviewer), and a CSV of profiles loaded at once
 * ({@code profile,header,field}, as the demo export's {@code profils_colonnes.csv}).
 */
@Controller
class ProfilePageController {

  private final ColumnProfiles profiles;

  ProfilePageController(ColumnProfiles profiles) {
    this.profiles = profiles;
  }

  @GetMapping("/imports/profiles")
  @PreAuthorize(ImportPageController.WRITERS)
  String list(Model model) {
    model.addAttribute("profiles", profiles.list());
    model.addAttribute("fields", Field.values());
    return "ingest/profiles";
  }

  @PostMapping("/imports/profiles")
  @PreAuthorize(ImportPageController.WRITERS)
  String save(
      @RequestParam String profile,
      @RequestParam(name = "header", defaultValue = "") List<String> headers,
      @RequestParam(name = "field", defaultValue = "") List<String> fields,
      RedirectAttributes redirect) {
    Map<String, Field> chosen = pairs(headers, fields);
    try {
      profiles.save(profile, chosen);
      redirect.addFlashAttribute("flash", "profiles.flash.saved");
    } catch (IllegalArgumentException e) {
      redirect.addFlashAttribute("problem", "profiles.problem.invalid");
    }
    return "redirect:/imports/profiles";
  }

  @PostMapping("/imports/profiles/remove-header")
  @PreAuthorize(ImportPageController.WRITERS)
  String removeHeader(
      @RequestParam String profile, @RequestParam String header, RedirectAttributes redirect) {
    try {
      profiles.removeHeader(profile, header);
      redirect.addFlashAttribute("flash", "profiles.flash.removed");
    } catch (NotFoundException e) {
      redirect.addFlashAttribute("problem", "profiles.problem.missing");
    } catch (AccessDeniedException e) {
      redirect.addFlashAttribute("problem", "profiles.problem.owner");
    }
    return "redirect:/imports/profiles";
  }

  @PostMapping("/imports/profiles/delete")
  @PreAuthorize(ImportPageController.WRITERS)
  String delete(@RequestParam String profile, RedirectAttributes redirect) {
    try {
      profiles.delete(profile);
      redirect.addFlashAttribute("flash", "profiles.flash.deleted");
    } catch (NotFoundException e) {
      redirect.addFlashAttribute("problem", "profiles.problem.missing");
    } catch (AccessDeniedException e) {
      redirect.addFlashAttribute("problem", "profiles.problem.owner");
    }
    return "redirect:/imports/profiles";
  }

  @PostMapping("/imports/profiles/csv")
  @PreAuthorize(ImportPageController.WRITERS)
  String load(@RequestParam("file") MultipartFile file, RedirectAttributes redirect)
      throws IOException {
    try (InputStream in = file.getInputStream()) {
      Map<String, Integer> loaded = profiles.importCsv(in);
      redirect.addFlashAttribute("loaded", loaded);
      redirect.addFlashAttribute("flash", "profiles.flash.loaded");
    } catch (IllegalArgumentException e) {
      redirect.addFlashAttribute("problem", "profiles.problem.csv");
      redirect.addFlashAttribute("detail", e.getMessage());
    }
    return "redirect:/imports/profiles";
  }

  /**
   * Header texts paired with field names from two parallel form lists; blank headers and blank or
   * unknown fields are left out.
   */
  static Map<String, Field> pairs(List<String> headers, List<String> fields) {
    Map<String, Field> out = new LinkedHashMap<>();
    for (int i = 0; i < Math.min(headers.size(), fields.size()); i++) {
      String header = headers.get(i);
      String field = fields.get(i);
      if (header == null || header.isBlank() || field == null || field.isBlank()) {
        continue;
      }
      try {
        out.put(header.strip(), Field.valueOf(field.strip().toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        // an unknown field name is left out, like a blank one
      }
    }
    return out;
  }
}
