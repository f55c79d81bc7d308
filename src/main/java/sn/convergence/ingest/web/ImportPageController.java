package sn.convergence.ingest.web;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import sn.convergence.ingest.ColumnGuess;
import sn.convergence.ingest.ColumnProfiles;
import sn.convergence.ingest.Field;
import sn.convergence.ingest.ImportBatch;
import sn.convergence.ingest.ImportMode;
import sn.convergence.ingest.ImportRunner;
import sn.convergence.ingest.Imports;
import sn.convergence.ingest.Issue;
import sn.convergence.ingest.IssueCode;
import sn.convergence.ingest.commit.ImportOptions;
import sn.convergence.system.ConflictException;

/**
 * The import pages: upload with options, the list of batches, and a batch's page with its progress
 * (polled while it runs), report, match confirmation, commit and undo. Previews and commits run in
 * the background so large files show their progress; every form posts with its CSRF token.
 */
@Controller
class ImportPageController {

  static final String WRITERS = "hasAnyRole('ADMIN','COORDINATOR','PARTNER')";

  /** How many issues a batch page lists; the per-code counts cover all of them. */
  static final int LISTED_ISSUES = 500;

  private final Imports imports;
  private final ColumnProfiles profiles;
  private final ImportRunner runner;

  ImportPageController(Imports imports, ColumnProfiles profiles, ImportRunner runner) {
    this.imports = imports;
    this.profiles = profiles;
    this.runner = runner;
  }

  @GetMapping("/imports")
  @PreAuthorize(WRITERS)
  String list(Model model) {
    model.addAttribute("batches", imports.list(100));
    model.addAttribute("modes", ImportMode.values());
    model.addAttribute("profiles", profiles.list());
    return "ingest/imports";
  }

  @PostMapping("/imports")
  @PreAuthorize(WRITERS)
  String upload(
      @RequestParam("file") MultipartFile file,
      @RequestParam(defaultValue = "ALL_OR_NOTHING") ImportMode mode,
      @RequestParam(required = false) Integer defaultYear,
      @RequestParam(defaultValue = "false") boolean createOrganisations,
      @RequestParam(required = false) String country,
      @RequestParam(required = false) BigDecimal usdToXof,
      @RequestParam(required = false) String profile,
      RedirectAttributes redirect)
      throws IOException {
    if (file.isEmpty()) {
      redirect.addFlashAttribute("problem", "imports.problem.empty");
      return "redirect:/imports";
    }
    if (profile != null && !profile.isBlank() && profiles.find(profile).isEmpty()) {
      redirect.addFlashAttribute("problem", "imports.problem.profile");
      return "redirect:/imports";
    }
    ImportOptions options =
        new ImportOptions(mode, defaultYear, createOrganisations, country, usdToXof, profile);
    ImportBatch batch;
    try (InputStream in = file.getInputStream()) {
      batch = imports.receive(file.getOriginalFilename(), in, options);
    } catch (IllegalArgumentException e) {
      redirect.addFlashAttribute("problem", "imports.problem.refused");
      return "redirect:/imports";
    }
    runner.preview(batch.id());
    return "redirect:/imports/" + batch.id();
  }

  @GetMapping("/imports/{id}")
  @PreAuthorize(WRITERS)
  String batch(@PathVariable long id, Model model) {
    ImportBatch batch = require(id);
    model.addAttribute("batch", batch);
    model.addAttribute("progress", imports.progress(id).orElse(null));
    if (batch.report() != null) {
      model.addAttribute(
          "issues", batch.report().rows().issues().stream().limit(LISTED_ISSUES).toList());
      model.addAttribute("perCode", new TreeMap<IssueCode, Long>(batch.report().rows().perCode()));
      List<String> ignored = ignoredColumns(batch);
      model.addAttribute("ignoredColumns", ignored);
      model.addAttribute("guesses", guesses(ignored));
      model.addAttribute("fields", Field.values());
    }
    return "ingest/batch";
  }

  /**
   * The progress fragment htmx polls while the batch is busy; a finished batch reloads the page.
   */
  @GetMapping("/imports/{id}/progress")
  @PreAuthorize(WRITERS)
  String progress(
      @PathVariable long id, Model model, jakarta.servlet.http.HttpServletResponse response) {
    ImportBatch batch = require(id);
    if (!batch.status().busy()) {
      response.setHeader("HX-Refresh", "true");
    }
    model.addAttribute("batch", batch);
    model.addAttribute("progress", imports.progress(id).orElse(null));
    return "ingest/batch :: progress";
  }

  @PostMapping("/imports/{id}/commit")
  @PreAuthorize(WRITERS)
  String commit(@PathVariable long id, @RequestParam ImportMode mode, RedirectAttributes redirect) {
    require(id);
    try {
      runner.commit(id, mode);
    } catch (ConflictException e) {
      redirect.addFlashAttribute("problem", "imports.problem.state");
    }
    return "redirect:/imports/" + id;
  }

  @PostMapping("/imports/{id}/undo")
  @PreAuthorize(WRITERS)
  String undo(@PathVariable long id, RedirectAttributes redirect) {
    try {
      imports.undo(id);
      redirect.addFlashAttribute("flash", "imports.flash.undone");
    } catch (ConflictException e) {
      redirect.addFlashAttribute("problem", "imports.problem.undo");
    }
    return "redirect:/imports/" + id;
  }

  @PostMapping("/imports/{id}/matches")
  @PreAuthorize(WRITERS)
  String confirm(
      @PathVariable long id,
      @RequestParam String kind,
      @RequestParam String text,
      @RequestParam String target,
      RedirectAttributes redirect) {
    try {
      imports.confirm(id, kind, text, target);
      redirect.addFlashAttribute("flash", "imports.flash.matched");
    } catch (IllegalArgumentException | ConflictException e) {
      redirect.addFlashAttribute("problem", "imports.problem.match");
    }
    return "redirect:/imports/" + id;
  }

  /**
   * Maps the columns the report named as not recognised: {@code header} and {@code field} are
   * parallel lists; a blank field leaves its column out.
   */
  @PostMapping("/imports/{id}/columns")
  @PreAuthorize(WRITERS)
  String mapColumns(
      @PathVariable long id,
      @RequestParam String profile,
      @RequestParam(name = "header", defaultValue = "") List<String> headers,
      @RequestParam(name = "field", defaultValue = "") List<String> fields,
      RedirectAttributes redirect) {
    require(id);
    Map<String, Field> chosen = ProfilePageController.pairs(headers, fields);
    if (chosen.isEmpty()) {
      redirect.addFlashAttribute("problem", "imports.problem.columns");
      return "redirect:/imports/" + id;
    }
    try {
      imports.mapColumns(id, profile, chosen);
      redirect.addFlashAttribute("flash", "imports.flash.columns");
    } catch (IllegalArgumentException | ConflictException e) {
      redirect.addFlashAttribute("problem", "imports.problem.columns");
    }
    return "redirect:/imports/" + id;
  }

  /** The field proposed for each unrecognised header, when one can be guessed. */
  private Map<String, Field> guesses(List<String> headers) {
    if (headers.isEmpty()) {
      return Map.of();
    }
    ColumnGuess guess = new ColumnGuess(profiles.list());
    Map<String, Field> out = new java.util.HashMap<>();
    headers.forEach(h -> guess.of(h).ifPresent(f -> out.put(h, f)));
    return out;
  }

  /** The distinct headers the report names as not recognised, in the order first named. */
  static List<String> ignoredColumns(ImportBatch batch) {
    Set<String> headers = new LinkedHashSet<>();
    for (Issue issue : batch.report().rows().issues()) {
      if (issue.code() == IssueCode.COLUMN_IGNORED && issue.column() != null) {
        headers.add(issue.column());
      }
    }
    return List.copyOf(headers);
  }

  private ImportBatch require(long id) {
    return imports.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
  }
}
