package sn.convergence.geography.boundaries;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;
import sn.convergence.geography.AdminLevel;
import sn.convergence.geography.BoundaryImportOptions;

class BoundariesCommandTest {

  private final BoundariesCommand command = new BoundariesCommand(null, null);

  private BoundariesCommand.ImportCommand parse(String... args) {
    ParseResult result = command.commandLine().parseArgs(args);
    return (BoundariesCommand.ImportCommand) result.subcommand().commandSpec().userObject();
  }

  @Test
  void parsesAFileWithDefaults() {
    BoundariesCommand.ImportCommand parsed = parse("import", "/data/sen_adm2.geojson");

    assertThat(command.group()).isEqualTo("boundaries");
    assertThat(parsed.location).isEqualTo("/data/sen_adm2.geojson");
    assertThat(parsed.options()).isEqualTo(BoundaryImportOptions.detect());
  }

  @Test
  void parsesEveryOption() {
    BoundariesCommand.ImportCommand parsed =
        parse(
            "import",
            "https://example.org/mli_adm1.geojson",
            "--level",
            "région",
            "--pcode-property",
            "ADM1_PCODE",
            "--name-property",
            "ADM1_FR",
            "--parent-property",
            "ADM0_PCODE",
            "--create-units");

    assertThat(parsed.options())
        .isEqualTo(
            new BoundaryImportOptions(
                AdminLevel.REGION, "ADM1_PCODE", "ADM1_FR", "ADM0_PCODE", true));
  }

  @Test
  void acceptsTheFrenchDepartmentLevel() {
    assertThat(parse("import", "f.geojson", "--level", "departement").options().level())
        .isEqualTo(AdminLevel.DEPARTMENT);
  }

  @Test
  void rejectsAnUnknownLevelAndAMissingLocation() {
    StringWriter err = new StringWriter();
    CommandLine line = command.commandLine();
    line.setErr(new PrintWriter(err));

    assertThat(line.execute("import", "f.geojson", "--level", "county")).isEqualTo(2);
    assertThat(err.toString()).contains("unknown level 'county'");
    assertThat(command.commandLine().execute("import")).isEqualTo(2);
  }

  @Test
  void printsUsage() {
    StringWriter out = new StringWriter();
    CommandLine line = command.commandLine();
    line.setOut(new PrintWriter(out));

    assertThat(line.execute("import", "--help")).isZero();
    assertThat(out.toString()).contains("<file-or-url>", "--create-units", "--pcode-property");
  }
}
