package sn.convergence.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import sn.convergence.geography.AdminLevel;
import sn.convergence.geography.AdminUnit;
import sn.convergence.geography.AdminUnits;
import sn.convergence.geography.PCode;
import sn.convergence.geography.UnitShapes;
import sn.convergence.ingest.commit.IatiPlanner;
import sn.convergence.ingest.commit.ImportOptions;
import sn.convergence.ingest.commit.ImportPlan;
import sn.convergence.ingest.commit.OrganisationMatcher;
import sn.convergence.ingest.commit.PlannedFact;
import sn.convergence.ingest.commit.PlannedIntervention;
import sn.convergence.ingest.commit.SpreadsheetPlanner;
import sn.convergence.ingest.commit.TypeMatcher;
import sn.convergence.ingest.validate.ConsistencyChecks;
import sn.convergence.registry.InterventionType;

/**
 * Reads a batch's file and plans what it means for the registry: staging (read, map, normalise,
 * validate), then matching and planning, then the cross-row checks (on every staged row, as {@link
 * SpreadsheetStaging#preview} does, whether or not matching placed it). Writes nothing. The report
 * counts a row in error when staging or planning found an error on it.
 */
final class BatchAnalysis {

  /**
   * The plan, the report so far, IATI activities kept (for storage at commit), and where each
   * planned fact came from (its first row; the intervention's origin when unknown).
   */
  record Result(
      ImportPlan plan,
      ImportReport report,
      List<IatiActivity> activities,
      BiFunction<PlannedIntervention, PlannedFact, List<Issue.Location>> origins) {

    /** The same result with more warnings in its report. */
    Result withWarnings(List<Issue> warnings) {
      return new Result(plan, report.withLaterIssues(warnings, 0), activities, origins);
    }
  }

  private final ColumnProfile profile;
  private final AdminUnits adminUnits;
  private final UnitShapes shapes;
  private final OrganisationMatcher organisations;
  private final TypeMatcher types;
  private final List<InterventionType> typeList;
  private final Set<String> targetGroups;
  private final Map<String, String> interventionAliases;

  /** {@code profile}: the saved profile for untagged headers, or null for the standard ones. */
  BatchAnalysis(
      ColumnProfile profile,
      AdminUnits adminUnits,
      UnitShapes shapes,
      OrganisationMatcher organisations,
      TypeMatcher types,
      List<InterventionType> typeList,
      Set<String> targetGroups,
      Map<String, String> interventionAliases) {
    this.profile = profile;
    this.adminUnits = adminUnits;
    this.shapes = shapes;
    this.organisations = organisations;
    this.types = types;
    this.typeList = typeList;
    this.targetGroups = targetGroups;
    this.interventionAliases = interventionAliases;
  }

  Result run(SourceFile file, ImportOptions options, ImportProgress.Listener progress) {
    return file.format() == SourceFile.Format.IATI_XML
        ? iati(file, options, progress)
        : spreadsheet(file, options, progress);
  }

  private Result spreadsheet(
      SourceFile file, ImportOptions options, ImportProgress.Listener progress) {
    SpreadsheetPlanner planner =
        new SpreadsheetPlanner(
            organisations,
            types,
            typeList,
            targetGroups,
            lineage(),
            interventionAliases,
            options,
            file.name());
    List<StagedRow> staged = new ArrayList<>();
    List<Issue> later = new ArrayList<>();
    long[] counts = {0, 0};
    ImportReport report =
        new SpreadsheetStaging(adminUnits.resolver(), profile, options.defaultYear())
            .stage(
                file,
                row -> {
                  if (++counts[0] % 1000 == 0) {
                    progress.update(ImportProgress.Phase.READING, counts[0], 0);
                  }
                  staged.add(row);
                  if (!row.isValid()) {
                    return;
                  }
                  List<Issue> issues = planner.add(row);
                  later.addAll(issues);
                  if (issues.stream().anyMatch(Issue::isError)) {
                    counts[1]++;
                  }
                });
    progress.update(ImportProgress.Phase.MATCHING, counts[0], counts[0]);
    later.addAll(ConsistencyChecks.all(staged));
    return new Result(
        planner.plan(),
        report.withLaterIssues(later, counts[1]),
        List.of(),
        (intervention, fact) -> {
          List<Issue.Location> at = planner.origins(intervention, fact);
          return at.isEmpty() ? List.of(intervention.origin()) : at;
        });
  }

  private Result iati(SourceFile file, ImportOptions options, ImportProgress.Listener progress) {
    IatiPlanner planner =
        new IatiPlanner(
            organisations,
            types,
            options,
            file.name(),
            shapes.locator(AdminLevel.DEPARTMENT),
            adminUnits.resolver());
    List<IatiActivity> kept = new ArrayList<>();
    List<Issue> later = new ArrayList<>();
    long[] refused = {0};
    ImportReport staged =
        new IatiStaging(options.country())
            .stageIndexed(
                file,
                (index, activity) -> {
                  progress.update(ImportProgress.Phase.READING, index, 0);
                  List<Issue> issues = planner.add(activity, index);
                  later.addAll(issues);
                  if (issues.stream().anyMatch(Issue::isError)) {
                    refused[0]++;
                  } else {
                    kept.add(activity);
                  }
                });
    return new Result(
        planner.plan(),
        staged.withLaterIssues(later, refused[0]),
        kept,
        (intervention, fact) -> List.of(intervention.origin()));
  }

  /** A unit's P-code followed by its ancestors', nearest first. */
  private Function<PCode, List<PCode>> lineage() {
    return pcode -> {
      List<PCode> chain = new ArrayList<>();
      chain.add(pcode);
      List<AdminUnit> ancestors = new ArrayList<>(adminUnits.ancestors(pcode));
      java.util.Collections.reverse(ancestors);
      ancestors.forEach(a -> chain.add(a.pcode()));
      return chain;
    };
  }
}
