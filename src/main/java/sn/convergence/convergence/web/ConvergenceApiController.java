package sn.convergence.convergence.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import sn.convergence.convergence.ComputeConvergence;
import sn.convergence.convergence.ConvergenceQuery;
import sn.convergence.convergence.SavedAnalyses;
import sn.convergence.convergence.SavedAnalysis;
import sn.convergence.convergence.SensitivityReport;
import sn.convergence.convergence.SensitivitySettings;
import sn.convergence.convergence.WeightSet;
import sn.convergence.convergence.WeightSetAgreement;
import sn.convergence.system.FieldViolation;
import sn.convergence.system.ValidationFailedException;

@RestController
@RequestMapping("/api/v1/convergence")
@Tag(name = "Convergence", description = "Convergence, gap and duplication zones")
class ConvergenceApiController {

  static final int MAX_DRAWS = 20_000;

  private final ComputeConvergence compute;
  private final SavedAnalyses saved;
  private final AnalysisRequests requests;

  ConvergenceApiController(
      ComputeConvergence compute, SavedAnalyses saved, AnalysisRequests requests) {
    this.compute = compute;
    this.saved = saved;
    this.requests = requests;
  }

  @GetMapping
  @Operation(
      summary = "Classes, scores with their parts and zones of every unit of a level",
      description =
          "Parameters: level (DEPARTMENT, REGION), from and to (years; default the three years up"
              + " to the last year with coverage), weights (CODE:weight,... ; -CODE when low"
              + " values mean need), thresholdMode (QUANTILE, ABSOLUTE), highNeed, lowCoverage,"
              + " minComponents, minDuplications.")
  AnalysisView analysis(AnalysisParams params) {
    return AnalysisView.of(compute.run(requests.query(params)));
  }

  @GetMapping("/sensitivity")
  @Operation(
      summary = "Share of weight draws keeping each unit's class (Monte Carlo)",
      description =
          "The analysis parameters plus draws (1-20000, default 1000), seed (default 1), noise"
              + " (MULTIPLICATIVE: each weight x 1+U(-a,a); DIRICHLET: concentration a) and"
              + " amplitude (default 0.25 or 20).")
  AnalysisBodies.Sensitivity sensitivity(
      AnalysisParams params,
      @RequestParam(defaultValue = "1000") int draws,
      @RequestParam(defaultValue = "1") long seed,
      @RequestParam(defaultValue = "MULTIPLICATIVE") String noise,
      @RequestParam(required = false) Double amplitude) {
    ConvergenceQuery query = requests.query(params);
    SensitivitySettings settings = settings(draws, seed, noise, amplitude);
    return sensitivityView(compute.sensitivity(query, settings), names(query));
  }

  @PostMapping("/compare")
  @Operation(summary = "Classes under two or three named weight sets, and how far they agree")
  AnalysisBodies.Comparison compare(@RequestBody AnalysisBodies.CompareRequest body) {
    ConvergenceQuery query = requests.query(body.params());
    List<AnalysisBodies.NamedWeights> sets = body.sets() == null ? List.of() : body.sets();
    if (sets.size() < 2 || sets.size() > 3) {
      throw invalid("sets", "Two or three weight sets");
    }
    List<WeightSet> weightSets = new ArrayList<>();
    for (AnalysisBodies.NamedWeights set : sets) {
      if (set.name() == null || set.name().isBlank() || set.name().length() > 100) {
        throw invalid("sets.name", "Each set has a name of 1 to 100 characters");
      }
      weightSets.add(
          new WeightSet(
              set.name().strip(),
              requests.query(body.params().withWeights(set.weights())).needIndicators()));
    }
    if (weightSets.stream().map(WeightSet::name).distinct().count() != weightSets.size()) {
      throw invalid("sets.name", "Set names must differ");
    }
    WeightSetAgreement agreement = compute.compare(query, weightSets);
    Map<String, String> names = names(query);
    return new AnalysisBodies.Comparison(
        agreement.setNames(),
        agreement.fingerprints(),
        agreement.allSetsAgreement(),
        agreement.pairs(),
        agreement.units().stream()
            .map(
                u ->
                    new AnalysisBodies.UnitComparison(
                        u.pcode().value(),
                        names.get(u.pcode().value()),
                        u.classes().stream().map(c -> c.map(Enum::name).orElse(null)).toList(),
                        u.modalClass().map(Enum::name).orElse(null),
                        u.agreement()))
            .toList());
  }

  @PostMapping("/analyses")
  @Operation(
      summary = "Save the analysis of these parameters (coordinators and administrators)",
      description =
          "The server computes the analysis and stores the parameters, the fingerprint of inputs"
              + " and parameters, and the result.")
  ResponseEntity<AnalysisBodies.Saved> save(@RequestBody AnalysisBodies.SaveRequest body) {
    SavedAnalysis analysis = saved.save(body.name(), requests.query(body.params()));
    return ResponseEntity.created(URI.create("/api/v1/convergence/analyses/" + analysis.id()))
        .body(AnalysisBodies.Saved.of(analysis));
  }

  @GetMapping("/analyses")
  @Operation(
      summary = "Saved analyses, newest first, without their results",
      description =
          "Each with its parameters and sameInputs telling whether the current data give the"
              + " fingerprint it was saved with. page from 0, size 1-100 (default 20).")
  AnalysisBodies.Listing list(
      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
    return AnalysisBodies.Listing.of(saved.list(page, size));
  }

  @GetMapping("/analyses/{id}")
  @Operation(
      summary = "Reopen a saved analysis",
      description =
          "The stored result, with sameInputs telling whether the current data give the same"
              + " fingerprint.")
  AnalysisBodies.Reopened reopen(@PathVariable long id) {
    return AnalysisBodies.Reopened.of(saved.reopen(id));
  }

  static SensitivitySettings settings(int draws, long seed, String noise, Double amplitude) {
    if (draws < 1 || draws > MAX_DRAWS) {
      throw invalid("draws", "Between 1 and " + MAX_DRAWS);
    }
    SensitivitySettings.Noise kind;
    try {
      kind = SensitivitySettings.Noise.valueOf(noise.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw invalid("noise", "MULTIPLICATIVE or DIRICHLET");
    }
    double a =
        Optional.ofNullable(amplitude)
            .orElse(kind == SensitivitySettings.Noise.MULTIPLICATIVE ? 0.25 : 20.0);
    try {
      return new SensitivitySettings(draws, seed, kind, a);
    } catch (IllegalArgumentException e) {
      throw invalid("amplitude", e.getMessage());
    }
  }

  static AnalysisBodies.Sensitivity sensitivityView(
      SensitivityReport report, Map<String, String> names) {
    return new AnalysisBodies.Sensitivity(
        report.fingerprint(),
        report.settings().draws(),
        report.settings().seed(),
        report.settings().noise().name(),
        report.settings().amplitude(),
        report.meanKeptShare(),
        report.units().stream()
            .map(
                u ->
                    new AnalysisBodies.UnitSensitivity(
                        u.pcode().value(),
                        names.get(u.pcode().value()),
                        AnalysisView.ClassLabel.of(u.baseClass()),
                        u.keptShare(),
                        u.shares()))
            .toList());
  }

  private Map<String, String> names(ConvergenceQuery query) {
    return compute.inputs(query).units().stream()
        .collect(Collectors.toMap(u -> u.pcode().value(), u -> u.name()));
  }

  static ValidationFailedException invalid(String field, String message) {
    return new ValidationFailedException(List.of(new FieldViolation(field, "invalid", message)));
  }
}
