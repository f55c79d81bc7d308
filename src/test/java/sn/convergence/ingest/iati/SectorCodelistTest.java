package sn.convergence.ingest.iati;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SectorCodelistTest {

  private static final Pattern CODE = Pattern.compile("<code>(\\d+)</code>");

  private static Path codelist(String name) {
    return Path.of(
        System.getProperty("convergence.shared-dir", "../shared"), "iati-codelists", name);
  }

  @Test
  void bundlesEveryCodeOfTheSharedSectorCodelists() throws IOException {
    SectorCodelist bundled = SectorCodelist.bundled();
    int total = 0;
    for (String[] list : new String[][] {{"Sector.xml", "1"}, {"SectorCategory.xml", "2"}}) {
      Matcher codes = CODE.matcher(Files.readString(codelist(list[0])));
      while (codes.find()) {
        total++;
        assertThat(bundled.label(list[1], codes.group(1))).as(codes.group(1)).isPresent();
      }
    }
    assertThat(bundled.size()).isEqualTo(total).isEqualTo(326 + 43);
  }

  @Test
  void labelsInFrenchAndEnglish() {
    SectorCodelist bundled = SectorCodelist.bundled();
    assertThat(bundled.label("1", "16010").orElseThrow())
        .isEqualTo(new SectorCodelist.Label("Social Protection", "Protection sociale"));
    assertThat(bundled.label(null, "11250").orElseThrow().french())
        .isEqualTo("Alimentation à l'école");
    assertThat(bundled.label("2", "111").orElseThrow().english())
        .isEqualTo("Education, Level Unspecified");
    assertThat(bundled.label("99", "2")).isEmpty();
  }
}
