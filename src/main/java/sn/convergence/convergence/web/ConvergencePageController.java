package sn.convergence.convergence.web;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import sn.convergence.context.ContextIndicators;
import sn.convergence.convergence.ComputeConvergence;
import sn.convergence.convergence.ConvergenceQuery;
import sn.convergence.convergence.ConvergenceRun;
import sn.convergence.convergence.NeedIndicator;
import sn.convergence.convergence.SavedAnalyses;
import sn.convergence.convergence.SavedAnalysisSummary;
import sn.convergence.convergence.SensitivityAnalysis;
import sn.convergence.convergence.SensitivityReport;
import sn.convergence.convergence.SensitivitySettings;
import sn.convergence.convergence.Zone;
import sn.convergence.system.FieldViolation;
import sn.convergence.system.ValidationFailedException;

/**
 * The convergence page: parameter form, results per unit with their breakdown, zones with priority
 * activities, stability under perturbed weights, downloads and a map of the classes (drawn by
 * {@code /js/convergence-map.js} from the GeoJSON export).
 */
@Controller
class ConvergencePageController {

  /** Indicators offered in the form; a leading "-" means low values signal need. */
  static final List<String> WEIGHT_CHOICES =
      List.of("POVERTY_RATE", "CH_PHASE", "POPULATION", "CH_PHASE3_POPULATION", "-CMU_COVERAGE");

  static final int PAGE_DRAWS = 200;
  static final long PAGE_SEED = 1;
  static final double PAGE_AMPLITUDE = 0.25;

  private final ComputeConvergence compute;
  private final AnalysisRequests requests;
  private final ContextIndicators context;
  private final SavedAnalyses saved;
  private final CodeLabels codeLabels;

  ConvergencePageController(
      ComputeConvergence compute,
      AnalysisRequests requests,
      ContextIndicators context,
      SavedAnalyses saved,
      CodeLabels codeLabels) {
    this.compute = compute;
    this.requests = requests;
    this.context = context;
    this.saved = saved;
    this.codeLabels = codeLabels;
  }

  /**
   * The saved analysis a link from the list reopens: whether the result shown (computed now with
   * its parameters) carries the fingerprint it was saved with.
   */
  record ReopenedNotice(
      String name,
      String createdBy,
      OffsetDateTime createdAt,
      boolean sameResult,
      String jsonUrl) {}

  /** One weight input of the form. */
  record WeightField(String name, String code, String label, boolean reversed, String value) {}

  @GetMapping("/convergence")
  String page(@RequestParam MultiValueMap<String, String> form, Model model, Locale locale) {
    List<FieldViolation> errors = List.of();
    ConvergenceQuery query;
    try {
      query = requests.query(params(form));
    } catch (ValidationFailedException e) {
      errors = e.violations();
      query = requests.query(AnalysisParams.empty());
    }
    ConvergenceRun run = compute.run(query);
    SensitivityReport stability =
        SensitivityAnalysis.run(
            run.data(),
            query.parameters(),
            SensitivitySettings.multiplicative(PAGE_DRAWS, PAGE_SEED, PAGE_AMPLITUDE));
    Map<String, Double> kept = new LinkedHashMap<>();
    stability.units().forEach(u -> kept.put(u.pcode().value(), u.keptShare()));
    Map<String, String> zoneOfUnit = new LinkedHashMap<>();
    for (Zone zone : run.result().zones()) {
      String name = "en".equals(locale.getLanguage()) ? zone.nameEn() : zone.nameFr();
      zone.units().forEach(p -> zoneOfUnit.put(p.value(), name));
    }
    String queryString = queryString(query);
    model.addAttribute("reopened", reopened(form.getFirst("analysis"), run));
    model.addAttribute("query", query);
    model.addAttribute("weightsText", AnalysisRequests.weightsText(query.needIndicators()));
    model.addAttribute("levels", ConvergenceQuery.LEVELS);
    model.addAttribute("errors", errors);
    model.addAttribute("weightFields", weightFields(query, locale));
    model.addAttribute("view", AnalysisView.of(run));
    model.addAttribute("kept", kept);
    model.addAttribute("labels", codeLabels.of(locale));
    model.addAttribute("draws", PAGE_DRAWS);
    model.addAttribute("zoneOfUnit", zoneOfUnit);
    model.addAttribute("english", "en".equals(locale.getLanguage()));
    model.addAttribute("csvUrl", "/api/v1/convergence/export.csv" + queryString);
    model.addAttribute("geoJsonUrl", "/api/v1/convergence/export.geojson" + queryString);
    model.addAttribute("jsonUrl", "/api/v1/convergence" + queryString);
    model.addAttribute("sensitivityUrl", "/api/v1/convergence/sensitivity" + queryString);
    return "convergence/page";
  }

  private ReopenedNotice reopened(String analysis, ConvergenceRun run) {
    if (analysis == null || !analysis.strip().matches("\\d{1,18}")) {
      return null;
    }
    return saved
        .summary(Long.parseLong(analysis.strip()))
        .map(a -> notice(a, run.result().fingerprint()))
        .orElse(null);
  }

  private static ReopenedNotice notice(SavedAnalysisSummary a, String shownFingerprint) {
    return new ReopenedNotice(
        a.name(),
        a.createdBy(),
        a.createdAt().atOffset(ZoneOffset.UTC),
        a.fingerprint().equals(shownFingerprint),
        "/api/v1/convergence/analyses/" + a.id());
  }

  /**
   * Form fields to parameters: one {@code w_CODE} field per indicator, or a {@code weights} text.
   */
  static AnalysisParams params(MultiValueMap<String, String> form) {
    StringBuilder weights = new StringBuilder();
    for (String choice : WEIGHT_CHOICES) {
      String code = choice.replaceFirst("^-", "");
      String value = form.getFirst("w_" + code);
      if (value != null && !value.isBlank() && !isZero(value)) {
        weights
            .append(weights.isEmpty() ? "" : ",")
            .append(choice)
            .append(':')
            .append(value.strip());
      }
    }
    boolean formWeights = form.keySet().stream().anyMatch(k -> k.startsWith("w_"));
    return new AnalysisParams(
        form.getFirst("level"),
        integer(form.getFirst("from")),
        integer(form.getFirst("to")),
        formWeights
            ? (weights.isEmpty() ? "POVERTY_RATE:0" : weights.toString())
            : form.getFirst("weights"),
        form.getFirst("thresholdMode"),
        decimal(form.getFirst("highNeed")),
        decimal(form.getFirst("lowCoverage")),
        integer(form.getFirst("minComponents")),
        integer(form.getFirst("minDuplications")));
  }

  private List<WeightField> weightFields(ConvergenceQuery query, Locale locale) {
    return WEIGHT_CHOICES.stream()
        .map(
            choice -> {
              String code = choice.replaceFirst("^-", "");
              String label = context.indicator(code).map(i -> i.label(locale)).orElse(code);
              String value =
                  query.needIndicators().stream()
                      .filter(i -> i.code().equals(code))
                      .map(NeedIndicator::weight)
                      .findFirst()
                      .map(w -> String.format(Locale.ROOT, "%s", w))
                      .orElse("0");
              return new WeightField("w_" + code, code, label, choice.startsWith("-"), value);
            })
        .toList();
  }

  static String queryString(ConvergenceQuery q) {
    return UriComponentsBuilder.newInstance()
        .queryParam("level", q.level().name())
        .queryParam("from", q.fromYear())
        .queryParam("to", q.toYear())
        .queryParam("weights", AnalysisRequests.weightsText(q.needIndicators()))
        .queryParam("thresholdMode", q.thresholds().highNeed().mode().name())
        .queryParam("highNeed", q.thresholds().highNeed().value())
        .queryParam("lowCoverage", q.thresholds().lowCoverage().value())
        .queryParam("minComponents", q.thresholds().minComponents())
        .queryParam("minDuplications", q.thresholds().minDuplications())
        .encode()
        .build()
        .toUriString();
  }

  private static boolean isZero(String text) {
    Double value = decimal(text);
    return value != null && value == 0;
  }

  private static Integer integer(String text) {
    try {
      return text == null || text.isBlank() ? null : Integer.valueOf(text.strip());
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static Double decimal(String text) {
    try {
      return text == null || text.isBlank() ? null : Double.valueOf(text.strip().replace(',', '.'));
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }
}
