package sn.convergence.ingest.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.springframework.stereotype.Component;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import sn.convergence.ingest.BatchStatus;
import sn.convergence.ingest.ColumnProfiles;
import sn.convergence.ingest.ImportBatch;
import sn.convergence.ingest.ImportMode;
import sn.convergence.ingest.Imports;
import sn.convergence.ingest.commit.ImportOptions;
import sn.convergence.system.cli.CliCommand;
import sn.convergence.system.cli.CliOperator;

/**
 * {@code import <file> [--commit] [--mode all-or-nothing|valid-rows] [--year Y]
 * [--create-organisations] [--country SN] [--usd-rate R] [--profiles profiles.csv] [--profile
 * NAME]}: previews (and with {@code --commit} writes) a CSV, XLSX or IATI file, printing progress
 * and the report; exits 1 when nothing could be imported, 0 otherwise.
 */
@Component
class ImportCommand implements CliCommand {

  private final Imports imports;
  private final ColumnProfiles profiles;

  ImportCommand(Imports imports, ColumnProfiles profiles) {
    this.imports = imports;
    this.profiles = profiles;
  }

  @Override
  public String group() {
    return "import";
  }

  @Override
  public CommandLine commandLine() {
    return new CommandLine(new Run(this));
  }

  @Command(
      name = "import",
      mixinStandardHelpOptions = true,
      description = "Preview, and with --commit write, a 4W/5W spreadsheet or an IATI file.")
  static final class Run implements Callable<Integer> {

    private final ImportCommand owner;

    @Spec CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<file>", description = "CSV, XLSX or IATI XML file")
    Path file;

    @Option(names = "--commit", description = "Write to the registry (default: preview only)")
    boolean commit;

    @Option(
        names = "--mode",
        defaultValue = "all-or-nothing",
        description = "all-or-nothing (default) or valid-rows")
    String mode;

    @Option(names = "--year", description = "Year for periods written without one (\"June\")")
    Integer year;

    @Option(names = "--create-organisations", description = "Create unknown organisations")
    boolean createOrganisations;

    @Option(names = "--country", defaultValue = "SN", description = "IATI recipient country")
    String country;

    @Option(names = "--usd-rate", description = "XOF per US dollar (default 600)")
    BigDecimal usdRate;

    @Option(
        names = "--profiles",
        paramLabel = "<csv>",
        description =
            "Save the column profiles of this CSV (profile,header,field) before importing")
    Path profilesFile;

    @Option(
        names = "--profile",
        description = "Saved column profile for headers that are not standard")
    String profile;

    @Option(
        names = "--lang",
        defaultValue = "fr",
        description = "Report language: fr (default) or en")
    String lang;

    Run(ImportCommand owner) {
      this.owner = owner;
    }

    @Override
    public Integer call() throws IOException {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      ImportMode importMode =
          mode.toLowerCase(Locale.ROOT).startsWith("valid")
              ? ImportMode.VALID_ROWS_ONLY
              : ImportMode.ALL_OR_NOTHING;
      if (!Files.isRegularFile(file)) {
        err.println("Fichier introuvable / file not found: " + file);
        return 2;
      }
      boolean english = "en".equalsIgnoreCase(lang);
      ReportPrinter printer = new ReportPrinter(out, english);
      try {
        return CliOperator.call(() -> importFile(importMode, printer));
      } catch (RuntimeException e) {
        err.println("Import refusé / refused: " + e.getMessage());
        return 1;
      } finally {
        out.flush();
        err.flush();
      }
    }

    private int importFile(ImportMode importMode, ReportPrinter printer) {
      try {
        if (profilesFile != null) {
          try (InputStream in = Files.newInputStream(profilesFile)) {
            printer.profilesLoaded(owner.profiles.importCsv(in));
          }
        }
        ImportOptions options =
            new ImportOptions(importMode, year, createOrganisations, country, usdRate, profile);
        ImportBatch batch;
        try (InputStream in = Files.newInputStream(file)) {
          batch = owner.imports.receive(file.getFileName().toString(), in, options);
        }
        printer.started(batch);
        batch =
            commit
                ? owner.imports.commit(batch.id(), importMode, printer::progress)
                : owner.imports.preview(batch.id(), printer::progress);
        printer.report(batch, commit);
        return imported(batch, commit) ? 0 : 1;
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }

    private static boolean imported(ImportBatch batch, boolean commit) {
      if (commit) {
        return batch.status() == BatchStatus.COMMITTED;
      }
      return batch.status() == BatchStatus.PREVIEWED
          && batch.report().rows().committable(batch.options().mode());
    }
  }
}
