package sn.convergence.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import sn.convergence.demo.raw.DemoExport;

class DemoCommandTest {

  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine line = new DemoCommand().commandLine();
    line.setOut(new PrintWriter(out));
    line.setErr(new PrintWriter(err));
    return line.execute(args);
  }

  private List<String> written(Path directory) throws IOException {
    try (Stream<Path> files = Files.list(directory)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void writesThePartnerFilesTheNoiseLogAndAReadme() throws IOException {
    Path target = dir.resolve("demo");

    assertThat(run("export", target.toString())).isZero();

    List<String> files = written(target);
    assertThat(files)
        .contains(
            DemoExport.NOISE_LOG, DemoExport.README, DemoExport.PROFILES, DemoExport.OPERATIONS)
        .contains("DGPSN_PNBSF_situation_2019-2021.xlsx", "MEN-DCaS_cantines_2021-2022.csv");
    assertThat(
            files.stream()
                .filter(f -> f.endsWith(".xlsx") || f.startsWith("WFP") || f.startsWith("MEN")))
        .hasSizeBetween(25, 40);
    List<String> log =
        Files.readAllLines(target.resolve(DemoExport.NOISE_LOG), StandardCharsets.UTF_8);
    assertThat(log.get(0)).isEqualTo("file,sheet,row,column,problem,kind,original,injected");
    assertThat(log).hasSizeGreaterThan(1_000);
    assertThat(Files.readString(target.resolve(DemoExport.README)))
        .contains("DÉMO – données fictives");
    assertThat(out.toString())
        .contains(
            "graine 20170425", "[1/", "DGPSN_PNBSF_situation_2019-2021.xlsx", "problèmes injectés");
  }

  @Test
  void refusesADirectoryThatIsNotEmptyUnlessForced() throws IOException {
    Files.writeString(dir.resolve("notes.txt"), "déjà là");

    assertThat(run("export", dir.toString())).isEqualTo(1);
    assertThat(err.toString()).contains("n'est pas vide", "--force");
    assertThat(written(dir)).containsExactly("notes.txt");

    assertThat(run("export", dir.toString(), "--force")).isZero();
    assertThat(written(dir)).contains("notes.txt", DemoExport.NOISE_LOG);
  }

  @Test
  void needsADirectory() {
    assertThat(new DemoCommand().group()).isEqualTo("demo");
    assertThat(run("export")).isEqualTo(2);
  }
}
