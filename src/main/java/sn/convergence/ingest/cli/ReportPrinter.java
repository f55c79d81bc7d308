package sn.convergence.ingest.cli;

import java.io.PrintWriter;
import sn.convergence.ingest.BatchReport;
import sn.convergence.ingest.ImportBatch;
import sn.convergence.ingest.ImportProgress;
import sn.convergence.ingest.ImportReport;
import sn.convergence.ingest.Issue;
import sn.convergence.registry.ImportEffect;

/** Prints an import's progress lines and report, in French or English. */
final class ReportPrinter {

  /** How many issues the command line lists; the counts cover all of them. */
  static final int LISTED = 50;

  private final PrintWriter out;
  private final boolean english;
  private ImportProgress.Phase lastPhase;
  private long lastDone = -1;

  ReportPrinter(PrintWriter out, boolean english) {
    this.out = out;
    this.english = english;
  }

  /** One line per profile saved from a profiles file, with its number of headers. */
  void profilesLoaded(java.util.Map<String, Integer> loaded) {
    loaded.forEach(
        (name, count) ->
            out.printf(
                english
                    ? "Column profile \"%s\": %d headers saved%n"
                    : "Profil de colonnes « %s » : %d en-têtes enregistrés%n",
                name,
                count));
    out.flush();
  }

  void started(ImportBatch batch) {
    out.printf(
        "Import #%d — %s (%s, %d %s)%n",
        batch.id(),
        batch.sourceName(),
        batch.format(),
        batch.sizeBytes(),
        english ? "bytes" : "octets");
    if (batch.options().profile() != null) {
      out.printf(
          english ? "Column profile: %s%n" : "Profil de colonnes : %s%n",
          batch.options().profile());
    }
    out.flush();
  }

  /** Prints a line per phase change and every 10,000 rows read. */
  void progress(ImportProgress.Phase phase, long done, long total) {
    boolean newPhase = phase != lastPhase;
    if (!newPhase && done - lastDone < 10_000) {
      return;
    }
    lastPhase = phase;
    lastDone = done;
    String percent = total > 0 ? " (" + Math.min(100, done * 100 / total) + " %)" : "";
    out.printf("  %s… %d%s%n", phase(phase), done, percent);
    out.flush();
  }

  void report(ImportBatch batch, boolean commit) {
    BatchReport report = batch.report();
    if (report == null) {
      out.println(
          batch.message() == null
              ? batch.status().name()
              : english ? batch.message().en() : batch.message().fr());
      return;
    }
    ImportReport rows = report.rows();
    out.printf(
        english
            ? "Rows read: %d; valid: %d; with errors: %d; skipped: %d%n"
            : "Lignes lues : %d ; valides : %d ; en erreur : %d ; ignorées : %d%n",
        rows.rowsRead(),
        rows.rowsValid(),
        rows.rowsWithErrors(),
        rows.rowsSkipped());
    out.printf(
        english ? "Errors: %d; warnings: %d%n" : "Erreurs : %d ; avertissements : %d%n",
        rows.errors(),
        rows.warnings());
    ImportEffect effect = report.effect();
    out.printf(
        english
            ? "%s: %d interventions created, %d changed; facts %d created, %d updated, %d unchanged; %d organisations created%n"
            : "%s : %d interventions créées, %d modifiées ; faits %d créés, %d mis à jour, %d inchangés ; %d organisations créées%n",
        batch.status() == sn.convergence.ingest.BatchStatus.COMMITTED
            ? (english ? "Written" : "Écrit")
            : (english ? "Would write" : "Écrirait"),
        effect.interventionsCreated(),
        effect.interventionsChanged(),
        effect.factsCreated(),
        effect.factsUpdated(),
        effect.factsUnchanged(),
        report.organisationsCreated().size());
    rows.issues().stream().limit(LISTED).forEach(this::issue);
    if (rows.issues().size() > LISTED) {
      out.printf(
          english ? "… and %d more issues%n" : "… et %d autres problèmes%n",
          rows.errors() + rows.warnings() - LISTED);
    }
    out.printf(
        "%s%s%s%n",
        english ? "Status: " : "Statut : ",
        batch.status(),
        batch.message() == null
            ? ""
            : " — " + (english ? batch.message().en() : batch.message().fr()));
    if (!commit && batch.status() == sn.convergence.ingest.BatchStatus.PREVIEWED) {
      out.println(
          english
              ? "Preview only: run again with --commit to write."
              : "Aperçu seulement : relancez avec --commit pour écrire.");
    }
  }

  private void issue(Issue issue) {
    StringBuilder where = new StringBuilder();
    if (issue.sheet() != null) {
      where.append(issue.sheet()).append(", ");
    }
    if (issue.row() > 0) {
      where.append(english ? "row " : "ligne ").append(issue.row());
    }
    if (issue.column() != null) {
      where.append(where.length() > 0 ? ", " : "").append(issue.column());
    }
    out.printf(
        "  [%s] %s%s%s%n",
        issue.isError() ? (english ? "ERROR" : "ERREUR") : (english ? "WARNING" : "AVERT."),
        where.length() > 0 ? where + " : " : "",
        english ? issue.messageEn() : issue.messageFr(),
        issue.suggestion() == null || issue.suggestion().isBlank()
            ? ""
            : " → " + issue.suggestion());
  }

  private String phase(ImportProgress.Phase phase) {
    return switch (phase) {
      case READING -> english ? "reading rows" : "lecture des lignes";
      case MATCHING -> english ? "matching" : "rapprochement";
      case WRITING -> english ? "writing facts" : "écriture des faits";
      case DONE -> english ? "done" : "terminé";
    };
  }
}
