package sn.convergence.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import sn.convergence.ingest.iati.IatiReader;

/**
 * Reads an IATI activity file and keeps the activities whose recipient countries include this
 * country (SN by default). Every other activity is reported, never dropped silently: another
 * country, a non-specific code such as {@code ZZ}, or regions only. Writes nothing; a file that
 * cannot be read (or is unsafe XML) ends in a report with a fatal issue.
 */
public final class IatiStaging {

  private final String country;

  public IatiStaging(String country) {
    this.country = country == null ? "SN" : country.strip().toUpperCase(Locale.ROOT);
  }

  /** The activities kept and the report. */
  public record Result(List<IatiActivity> activities, ImportReport report) {}

  public Result stage(SourceFile file) {
    List<IatiActivity> kept = new ArrayList<>();
    ImportReport report = stage(file, kept::add);
    return new Result(List.copyOf(kept), report);
  }

  /** Streams the kept activities to the consumer and returns the report. */
  public ImportReport stage(SourceFile file, Consumer<IatiActivity> activities) {
    return stageIndexed(file, (index, activity) -> activities.accept(activity));
  }

  /**
   * As {@link #stage(SourceFile, Consumer)}, with each kept activity's 1-based position among all
   * the file's activities (the row its issues are reported at).
   */
  public ImportReport stageIndexed(
      SourceFile file, java.util.function.BiConsumer<Integer, IatiActivity> activities) {
    ImportReport.Builder report = new ImportReport.Builder(file.name());
    int[] index = {0};
    try {
      new IatiReader()
          .read(
              file.path(),
              activity -> {
                index[0]++;
                List<Issue> issues = check(activity, index[0]);
                boolean keep = activity.isFor(country);
                report.item(keep, issues);
                if (keep) {
                  activities.accept(index[0], activity);
                }
              },
              report::issue);
    } catch (IngestException e) {
      report.fatal(e.issue());
    }
    return report.build();
  }

  private List<Issue> check(IatiActivity activity, int index) {
    Issue.Location at = new Issue.Location("iati-activity", index, activity.identifier());
    if (activity.isFor(country)) {
      return List.of();
    }
    List<String> codes =
        activity.recipientCountries().stream().map(IatiActivity.CountryShare::code).toList();
    if (codes.isEmpty()) {
      return List.of(
          Issue.of(
              IssueCode.IATI_NO_COUNTRY,
              at,
              activity.identifier(),
              String.join(", ", activity.recipientRegions())));
    }
    List<Issue> issues = new ArrayList<>();
    for (String code : codes) {
      if (code == null || !code.matches("[A-Za-z]{2}") || code.equalsIgnoreCase("ZZ")) {
        issues.add(Issue.of(IssueCode.IATI_UNSPECIFIED_COUNTRY, at, activity.identifier(), code));
      }
    }
    if (issues.isEmpty()) {
      issues.add(
          Issue.of(
              IssueCode.IATI_OUTSIDE_COUNTRY,
              at,
              activity.identifier(),
              String.join(", ", codes),
              country));
    }
    return issues;
  }
}
