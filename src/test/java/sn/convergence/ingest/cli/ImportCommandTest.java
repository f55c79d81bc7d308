package sn.convergence.ingest.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import picocli.CommandLine;
import sn.convergence.ingest.BatchStatus;
import sn.convergence.ingest.ImportBatch;
import sn.convergence.ingest.Imports;
import sn.convergence.support.PlatformTest;

@PlatformTest
@WithMockUser(roles = "ADMIN")
class ImportCommandTest {

  @Autowired ImportCommand command;
  @Autowired Imports imports;
  @Autowired sn.convergence.ingest.ColumnProfiles profileService;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine line = command.commandLine();
    line.setOut(new PrintWriter(out));
    line.setErr(new PrintWriter(err));
    return line.execute(args);
  }

  private static Path rowca() {
    return Path.of(
        System.getProperty("convergence.shared-dir", "../shared"), "samples", "rowca-3w-hxl.csv");
  }

  @AfterEach
  void undoCommitted() {
    for (ImportBatch batch : imports.list(500)) {
      if (batch.status() == BatchStatus.COMMITTED) {
        imports.undo(batch.id());
      }
    }
  }

  @Test
  void previewsByDefaultAndPrintsTheReportWithProgress() {
    int code = run(rowca().toString(), "--year", "2014", "--create-organisations");

    assertThat(code).isZero();
    assertThat(out.toString())
        .contains("Import #", "rapprochement", "Lignes lues : ", "valides : 112")
        .contains("Mali")
        .contains("Aperçu seulement");
  }

  @Test
  void commitsWithTheFlagAndSaysWhatItWrote() {
    int code = run(rowca().toString(), "--year", "2014", "--create-organisations", "--commit");

    assertThat(code).isZero();
    assertThat(out.toString()).contains("Écrit : ", "faits 112 créés", "Statut : COMMITTED");
  }

  @Test
  void reportsInEnglishOnRequest() {
    assertThat(run(rowca().toString(), "--year", "2014", "--lang", "en")).isZero();
    assertThat(out.toString()).contains("Rows read: 244", "Preview only");
  }

  @Test
  void exitsNonZeroWhenNothingCanBeImported(@TempDir Path dir) throws IOException {
    Path empty = Files.writeString(dir.resolve("vide.csv"), "Organisation,Région\n");

    assertThat(run(empty.toString(), "--commit")).isEqualTo(1);
    assertThat(run(dir.resolve("absent.csv").toString())).isEqualTo(2);
    assertThat(err.toString()).contains("introuvable");
  }

  @Test
  void savesTheProfilesOfAFileAndImportsWithTheOneNamed(@TempDir Path dir) throws IOException {
    Path profiles = dir.resolve("profils_colonnes.csv");
    Files.writeString(profiles, "profile,header,field\nCICODEV,Nombre d'élèves,REACHED\n");
    Path data = dir.resolve("cicodev.csv");
    Files.writeString(
        data,
        "Organisation,Activité,Département,Année,Unité,Nombre d'élèves\n"
            + "CICODEV,Cantines scolaires,Podor,2021,élèves,320\n");

    int code =
        run(
            data.toString(),
            "--profiles",
            profiles.toString(),
            "--profile",
            "CICODEV",
            "--create-organisations");

    assertThat(code).as(err.toString()).isZero();
    assertThat(out.toString())
        .contains("Profil de colonnes « CICODEV » : 1 en-têtes enregistrés")
        .contains("Profil de colonnes : CICODEV")
        .doesNotContain("COLUMN_IGNORED");
    profileService.delete("CICODEV");
  }
}
