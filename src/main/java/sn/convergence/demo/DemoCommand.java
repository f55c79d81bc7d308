package sn.convergence.demo;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import sn.convergence.demo.raw.DemoExport;
import sn.convergence.system.cli.CliCommand;

/**
 * {@code demo export <dir> [--force] [--seed N]}: writes the demo's raw partner files (demo spec,
 * sections 4 and 6), their noise log and a README into a directory, which must be empty unless
 * {@code --force} is given. Needs no database.
 */
@Component
public class DemoCommand implements CliCommand {

  @Override
  public String group() {
    return "demo";
  }

  @Override
  public CommandLine commandLine() {
    return new CommandLine(new Group()).addSubcommand("export", new Export());
  }

  @Command(
      name = "demo",
      mixinStandardHelpOptions = true,
      description = "Demonstration data (synthetic).")
  static final class Group {}

  @Command(
      name = "export",
      mixinStandardHelpOptions = true,
      description =
          "Write the partners' raw files of the demo, with their noise log and a README, into a"
              + " directory.")
  static final class Export implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<dir>", description = "Directory to write into")
    Path directory;

    @Option(names = "--force", description = "Write into a directory that is not empty")
    boolean force;

    @Option(names = "--seed", description = "Generator seed (default ${DEFAULT-VALUE})")
    long seed = DemoGenerator.DEFAULT_SEED;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      try {
        if (!force && isNotEmpty(directory)) {
          err.println(
              "Le dossier "
                  + directory
                  + " n'est pas vide : utilisez --force pour y écrire"
                  + " quand même. / The directory is not empty: use --force.");
          return 1;
        }
        out.println("Génération du jeu de démonstration (graine " + seed + ")…");
        out.flush();
        DemoDataset dataset = new DemoGenerator(ReferenceDepartments.load()).generate(seed);
        DemoExport.Summary summary =
            DemoExport.export(
                dataset,
                directory,
                line -> {
                  out.println(line);
                  out.flush();
                });
        out.printf(
            "%d fichiers, %d lignes de données, %d problèmes injectés (journal : %s) dans %s%n",
            summary.files(),
            summary.dataRows(),
            summary.problems(),
            DemoExport.NOISE_LOG,
            directory.toAbsolutePath());
        return 0;
      } catch (IOException | java.io.UncheckedIOException e) {
        err.println("Échec de l'export / export failed: " + e.getMessage());
        return 1;
      } finally {
        out.flush();
        err.flush();
      }
    }

    private static boolean isNotEmpty(Path directory) throws IOException {
      if (!Files.exists(directory)) {
        return false;
      }
      if (!Files.isDirectory(directory)) {
        return true;
      }
      try (Stream<Path> entries = Files.list(directory)) {
        return entries.findAny().isPresent();
      }
    }
  }
}
