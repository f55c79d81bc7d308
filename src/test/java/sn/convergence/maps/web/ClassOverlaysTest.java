package sn.convergence.maps.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ClassOverlaysTest {

  private static final Path RESOURCES = Path.of("src/main/resources/static");

  @Test
  void exportsTheClassColoursOfTheConvergencePage() throws IOException {
    String css = Files.readString(RESOURCES.resolve("css/convergence-analysis.css"));
    for (String code : ClassOverlays.CLASSES) {
      Matcher rule =
          Pattern.compile("\\.class-" + code + " \\{ background-color: #([0-9a-f]{6}|[0-9a-f]{3});")
              .matcher(css);
      assertThat(rule.find()).as(code + " in convergence-analysis.css").isTrue();
      String hex = rule.group(1);
      String full = hex.length() == 3 ? hex.replaceAll("(.)", "$1$1") : hex;
      assertThat(ClassOverlays.COLOURS.get(code)).as(code).isEqualTo("#" + full);
    }
  }

  @Test
  void drawsTheMapWithTheSameColoursAsTheExport() throws IOException {
    String script = Files.readString(RESOURCES.resolve("js/map.js"));
    ClassOverlays.COLOURS.forEach(
        (code, colour) -> assertThat(script).contains(code + ": \"" + colour + "\""));
  }
}
