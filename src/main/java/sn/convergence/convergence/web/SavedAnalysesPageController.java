package sn.convergence.convergence.web;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import sn.convergence.context.ContextIndicators;
import sn.convergence.convergence.ConvergenceQuery;
import sn.convergence.convergence.NeedIndicator;
import sn.convergence.convergence.SavedAnalyses;
import sn.convergence.convergence.SavedAnalysis;
import sn.convergence.convergence.SavedAnalysisSummary;
import sn.convergence.system.ValidationFailedException;

/**
 * The list of saved analyses, newest first: who saved them and when, their parameters, whether the
 * current data still give the result they were saved with, and a link reopening each on {@code
 * /convergence}. Public, like reopening an analysis through the API: analyses read validated
 * interventions only. The convergence page's save form posts here (coordinators and administrators,
 * checked by {@link SavedAnalyses#save}).
 */
@Controller
class SavedAnalysesPageController {

  static final int PAGE_SIZE = 20;

  private final SavedAnalyses saved;
  private final AnalysisRequests requests;
  private final ContextIndicators context;

  SavedAnalysesPageController(
      SavedAnalyses saved, AnalysisRequests requests, ContextIndicators context) {
    this.saved = saved;
    this.requests = requests;
    this.context = context;
  }

  /** One weight of an analysis, named in words. */
  record WeightLine(String label, double weight, boolean reversed) {}

  /** One line of the list. */
  record AnalysisLine(
      long id,
      String name,
      String createdBy,
      OffsetDateTime createdAt,
      String level,
      String period,
      List<WeightLine> weights,
      ConvergenceQuery query,
      boolean sameInputs,
      String reopenUrl,
      String jsonUrl) {}

  @GetMapping("/convergence/analyses")
  String list(@RequestParam(defaultValue = "0") int page, Model model, Locale locale) {
    SavedAnalyses.ListPage listed = saved.list(page, PAGE_SIZE);
    model.addAttribute(
        "analyses", listed.items().stream().map(item -> line(item, locale)).toList());
    model.addAttribute("page", listed.page());
    model.addAttribute("total", listed.total());
    model.addAttribute("hasNext", listed.hasNext());
    return "convergence/analyses";
  }

  /**
   * Saves the analysis of the page's parameters under the name given, then shows the list; a
   * missing or too long name sends the user back to the analysis with a message.
   */
  @PostMapping("/convergence/analyses")
  String save(@RequestParam MultiValueMap<String, String> form, RedirectAttributes redirect) {
    AnalysisParams params = ConvergencePageController.params(form);
    try {
      SavedAnalysis analysis = saved.save(form.getFirst("name"), requests.query(params));
      redirect.addFlashAttribute("savedName", analysis.name());
      return "redirect:/convergence/analyses";
    } catch (ValidationFailedException e) {
      redirect.addFlashAttribute("saveProblem", "analyses.save.invalid");
      return "redirect:/convergence" + queryOrDefaults(params);
    }
  }

  private String queryOrDefaults(AnalysisParams params) {
    try {
      return ConvergencePageController.queryString(requests.query(params));
    } catch (ValidationFailedException e) {
      return "";
    }
  }

  private AnalysisLine line(SavedAnalyses.Listed item, Locale locale) {
    SavedAnalysisSummary a = item.analysis();
    ConvergenceQuery query = a.query();
    return new AnalysisLine(
        a.id(),
        a.name(),
        a.createdBy(),
        a.createdAt().atOffset(ZoneOffset.UTC),
        query.level().name(),
        query.periodLabel(),
        query.needIndicators().stream()
            .filter(i -> i.weight() > 0)
            .map(i -> weight(i, locale))
            .toList(),
        query,
        item.sameInputs(),
        reopenUrl(a),
        "/api/v1/convergence/analyses/" + a.id());
  }

  /** The convergence page with the analysis's parameters, telling it which analysis it reopens. */
  static String reopenUrl(SavedAnalysisSummary analysis) {
    return "/convergence"
        + ConvergencePageController.queryString(analysis.query())
        + "&analysis="
        + analysis.id();
  }

  private WeightLine weight(NeedIndicator indicator, Locale locale) {
    String label =
        context.indicator(indicator.code()).map(i -> i.label(locale)).orElse(indicator.code());
    return new WeightLine(label, indicator.weight(), !indicator.higherMeansMoreNeed());
  }
}
