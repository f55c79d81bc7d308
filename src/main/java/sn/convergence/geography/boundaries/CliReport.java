package sn.convergence.geography.boundaries;

import java.io.PrintWriter;
import java.util.Locale;
import org.springframework.context.MessageSource;
import sn.convergence.geography.BoundaryImportReport;
import sn.convergence.geography.ImportProgress;

/** Command-line texts of a boundary import, from the geography message bundle. */
final class CliReport {

  private final MessageSource messages;
  private final Locale locale;

  CliReport(MessageSource messages, Locale locale) {
    this.messages = messages;
    this.locale = locale;
  }

  String progress(ImportProgress.Phase phase, int done, int total) {
    String count = total < 0 ? String.valueOf(done) : done + "/" + total;
    return text("boundaries.progress." + phase.name(), count);
  }

  void print(PrintWriter out, BoundaryImportReport report) {
    out.println(text("boundaries.report.source", report.source(), report.format(), report.level()));
    out.println(text("boundaries.report.featuresRead", report.featuresRead()));
    out.println(text("boundaries.report.unitsUpdated", report.unitsUpdated()));
    out.println(text("boundaries.report.unitsCreated", report.unitsCreated().size()));
    report.unitsCreated().forEach(p -> out.println("  + " + p));
    out.println(text("boundaries.report.unknownUnits", report.unknownUnits().size()));
    for (BoundaryImportReport.UnknownUnit unit : report.unknownUnits()) {
      out.println(
          "  - #"
              + unit.feature()
              + " "
              + (unit.code() == null ? "" : unit.code() + " ")
              + (unit.name() == null ? "" : unit.name() + " ")
              + "("
              + unit.reason()
              + ")");
    }
    out.println(text("boundaries.report.repaired", report.geometriesRepaired()));
    out.println(text("boundaries.report.adjacencyPairs", report.adjacencyPairs()));
    out.println(
        text("boundaries.report.adjacencyDifferences", report.adjacencyDifferences().size()));
    for (BoundaryImportReport.AdjacencyDifference difference : report.adjacencyDifferences()) {
      out.println(
          "  ! "
              + difference.first()
              + " - "
              + difference.second()
              + ": "
              + text("boundaries.report." + difference.kind()));
    }
  }

  private String text(String key, Object... args) {
    Object[] plain = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      plain[i] = String.valueOf(args[i]);
    }
    return messages.getMessage(key, plain, key, locale);
  }
}
