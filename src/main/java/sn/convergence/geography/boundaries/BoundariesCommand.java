package sn.convergence.geography.boundaries;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import sn.convergence.geography.AdminLevel;
import sn.convergence.geography.BoundaryImport;
import sn.convergence.geography.BoundaryImportException;
import sn.convergence.geography.BoundaryImportOptions;
import sn.convergence.geography.BoundarySource;
import sn.convergence.system.cli.CliCommand;
import sn.convergence.system.cli.CliOperator;

/**
 * {@code boundaries import <file-or-url> [--level L] [--pcode-property P] [--name-property N]
 * [--parent-property Q] [--create-units]}: imports a boundary file with progress and a report.
 */
@Component
public class BoundariesCommand implements CliCommand {

  private final BoundaryImport boundaryImport;
  private final MessageSource messages;

  public BoundariesCommand(BoundaryImport boundaryImport, MessageSource messages) {
    this.boundaryImport = boundaryImport;
    this.messages = messages;
  }

  @Override
  public String group() {
    return "boundaries";
  }

  @Override
  public CommandLine commandLine() {
    CommandLine group = new CommandLine(new Group());
    group.addSubcommand("import", new ImportCommand(this));
    return group;
  }

  @Command(
      name = "boundaries",
      mixinStandardHelpOptions = true,
      description = "Administrative boundaries (OCHA COD-AB or geoBoundaries GeoJSON).")
  static final class Group {}

  @Command(
      name = "import",
      mixinStandardHelpOptions = true,
      description = "Import boundaries of one level from a GeoJSON file or http(s) URL.")
  static final class ImportCommand implements Callable<Integer> {

    private final BoundariesCommand owner;

    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<file-or-url>", description = "GeoJSON path or URL")
    String location;

    @Option(
        names = "--level",
        converter = LevelConverter.class,
        description = "COUNTRY, REGION, DEPARTMENT, ARRONDISSEMENT or COMMUNE (default: detected)")
    AdminLevel level;

    @Option(names = "--pcode-property", description = "P-code property (default adm<N>_pcode)")
    String pcodeProperty;

    @Option(names = "--name-property", description = "Name property (default adm<N>_name)")
    String nameProperty;

    @Option(names = "--parent-property", description = "Parent P-code (default adm<N-1>_pcode)")
    String parentProperty;

    @Option(names = "--create-units", description = "Create units missing from the reference")
    boolean createUnits;

    ImportCommand(BoundariesCommand owner) {
      this.owner = owner;
    }

    BoundaryImportOptions options() {
      return new BoundaryImportOptions(
          level, pcodeProperty, nameProperty, parentProperty, createUnits);
    }

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      Locale locale = LocaleContextHolder.getLocale();
      CliReport report = new CliReport(owner.messages, locale);
      try {
        report.print(
            out,
            CliOperator.call(
                () ->
                    owner.boundaryImport.execute(
                        BoundarySource.of(location), options(), new CliProgress(out, report))));
        return 0;
      } catch (BoundaryImportException e) {
        err.println(
            owner.messages.getMessage(e.error().messageKey(), e.args(), e.getMessage(), locale));
        return 1;
      } finally {
        out.flush();
        err.flush();
      }
    }
  }

  /** Reads a level name as {@link AdminLevel#parse} does (case-insensitive, French accepted). */
  static final class LevelConverter implements CommandLine.ITypeConverter<AdminLevel> {
    @Override
    public AdminLevel convert(String value) {
      return AdminLevel.parse(value)
          .orElseThrow(
              () ->
                  new CommandLine.TypeConversionException(
                      "unknown level '"
                          + value
                          + "' (COUNTRY, REGION, DEPARTMENT, ARRONDISSEMENT, COMMUNE)"));
    }
  }
}
