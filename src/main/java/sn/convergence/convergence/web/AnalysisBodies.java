package sn.convergence.convergence.web;

import java.util.List;
import sn.convergence.convergence.ConvergenceQuery;
import sn.convergence.convergence.ConvergenceResult;
import sn.convergence.convergence.SavedAnalyses;
import sn.convergence.convergence.SavedAnalysis;
import sn.convergence.convergence.SavedAnalysisSummary;
import sn.convergence.convergence.UnitStability;
import sn.convergence.convergence.WeightSetAgreement;

/** Request and response bodies of the analysis API other than the analysis itself. */
final class AnalysisBodies {

  private AnalysisBodies() {}

  /** Saves the analysis of these parameters under a name. */
  record SaveRequest(
      String name,
      String level,
      Integer from,
      Integer to,
      String weights,
      String thresholdMode,
      Double highNeed,
      Double lowCoverage,
      Integer minComponents,
      Integer minDuplications) {
    AnalysisParams params() {
      return new AnalysisParams(
          level,
          from,
          to,
          weights,
          thresholdMode,
          highNeed,
          lowCoverage,
          minComponents,
          minDuplications);
    }
  }

  record Saved(long id, String name, String fingerprint, String createdBy, String createdAt) {
    static Saved of(SavedAnalysis a) {
      return new Saved(a.id(), a.name(), a.fingerprint(), a.createdBy(), a.createdAt().toString());
    }
  }

  /**
   * A saved analysis in the list: its parameters and whether today's inputs give the same result.
   */
  record Listed(
      long id,
      String name,
      String createdBy,
      String createdAt,
      String level,
      int from,
      int to,
      String weights,
      String thresholdMode,
      double highNeed,
      double lowCoverage,
      int minComponents,
      int minDuplications,
      String fingerprint,
      String currentFingerprint,
      boolean sameInputs) {
    static Listed of(SavedAnalyses.Listed listed) {
      SavedAnalysisSummary a = listed.analysis();
      ConvergenceQuery q = a.query();
      return new Listed(
          a.id(),
          a.name(),
          a.createdBy(),
          a.createdAt().toString(),
          q.level().name(),
          q.fromYear(),
          q.toYear(),
          AnalysisRequests.weightsText(q.needIndicators()),
          q.thresholds().highNeed().mode().name(),
          q.thresholds().highNeed().value(),
          q.thresholds().lowCoverage().value(),
          q.thresholds().minComponents(),
          q.thresholds().minDuplications(),
          a.fingerprint(),
          listed.currentFingerprint(),
          listed.sameInputs());
    }
  }

  /** One page of saved analyses, newest first. */
  record Listing(List<Listed> items, int page, int size, long total) {
    static Listing of(SavedAnalyses.ListPage page) {
      return new Listing(
          page.items().stream().map(Listed::of).toList(), page.page(), page.size(), page.total());
    }
  }

  /** A saved analysis: the stored result and whether today's inputs give the same fingerprint. */
  record Reopened(
      long id,
      String name,
      String createdBy,
      String createdAt,
      String fingerprint,
      String currentFingerprint,
      boolean sameInputs,
      AnalysisView result) {
    static Reopened of(SavedAnalyses.Reopened r) {
      SavedAnalysis a = r.analysis();
      ConvergenceQuery query = a.query();
      ConvergenceResult result = a.result();
      return new Reopened(
          a.id(),
          a.name(),
          a.createdBy(),
          a.createdAt().toString(),
          a.fingerprint(),
          r.currentFingerprint(),
          r.sameInputs(),
          AnalysisView.of(query, result, null));
    }
  }

  /** Two or three named weight sets (the workshop's working groups) on the same parameters. */
  record CompareRequest(
      String level,
      Integer from,
      Integer to,
      String thresholdMode,
      Double highNeed,
      Double lowCoverage,
      Integer minComponents,
      Integer minDuplications,
      List<NamedWeights> sets) {
    AnalysisParams params() {
      return new AnalysisParams(
          level,
          from,
          to,
          null,
          thresholdMode,
          highNeed,
          lowCoverage,
          minComponents,
          minDuplications);
    }
  }

  record NamedWeights(String name, String weights) {}

  record Comparison(
      List<String> setNames,
      List<String> fingerprints,
      double allSetsAgreement,
      List<WeightSetAgreement.PairAgreement> pairs,
      List<UnitComparison> units) {}

  record UnitComparison(
      String pcode, String name, List<String> classes, String modalClass, double agreement) {}

  record Sensitivity(
      String fingerprint,
      int draws,
      long seed,
      String noise,
      double amplitude,
      double meanKeptShare,
      List<UnitSensitivity> units) {}

  record UnitSensitivity(
      String pcode,
      String name,
      AnalysisView.ClassLabel baseClass,
      double keptShare,
      List<UnitStability.ClassShare> shares) {}
}
