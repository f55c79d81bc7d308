package sn.convergence.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import sn.convergence.geography.AdminUnits;
import sn.convergence.geography.PCode;
import sn.convergence.ingest.commit.PlannedIntervention;
import sn.convergence.ingest.commit.SourceOverlaps;
import sn.convergence.ingest.internal.BatchStore;
import sn.convergence.registry.CoverageImports;
import sn.convergence.registry.ReportedFact;

/**
 * The registry side of {@link SourceOverlaps}: reads the facts already recorded for a plan's
 * interventions, names their origin (the file of the import that wrote them, else their source
 * text), and applies the merges to the plan. Used inside the preview or commit transaction.
 */
final class OtherSources {

  private final CoverageImports registry;
  private final BatchStore batches;
  private final AdminUnits adminUnits;

  OtherSources(CoverageImports registry, BatchStore batches, AdminUnits adminUnits) {
    this.registry = registry;
    this.batches = batches;
    this.adminUnits = adminUnits;
  }

  /**
   * Compares the planned facts with those other sources already gave the registry for the same
   * interventions (see {@link SourceOverlaps}): the same fact is kept once with both sources, and
   * the report names every duplicate and conflict.
   */
  BatchAnalysis.Result compare(BatchAnalysis.Result analysis, String sourceName) {
    List<String> codes =
        analysis.plan().interventions().stream().map(PlannedIntervention::code).toList();
    if (codes.isEmpty()) {
      return analysis;
    }
    Map<Long, String> batchNames = new HashMap<>();
    List<SourceOverlaps.Known> known = new ArrayList<>();
    for (ReportedFact fact : registry.reportedFacts(codes)) {
      known.add(new SourceOverlaps.Known(fact, origin(fact, batchNames)));
    }
    SourceOverlaps.Outcome outcome =
        SourceOverlaps.check(
            analysis.plan(), known, sourceName, this::placeName, analysis.origins());
    outcome
        .merges()
        .forEach(m -> m.intervention().joinReported(m.fact(), m.periodLabel(), m.otherSource()));
    return analysis.withWarnings(outcome.issues());
  }

  /** A registry fact's origin: the file of the import that wrote it, else its source text. */
  private String origin(ReportedFact fact, Map<Long, String> batchNames) {
    if (fact.importBatchId() != null) {
      return batchNames.computeIfAbsent(
          fact.importBatchId(),
          id -> batches.find(id).map(ImportBatch::sourceName).orElse("import " + id));
    }
    return fact.source() == null || fact.source().isBlank() ? "registre" : fact.source().strip();
  }

  private String placeName(String pcode) {
    if (!PCode.looksLike(pcode)) {
      return pcode;
    }
    return adminUnits.find(PCode.of(pcode)).map(u -> u.name() + " (" + pcode + ")").orElse(pcode);
  }
}
