package sn.convergence.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** The shipped taxonomy files are consistent and their DAC codes exist in the IATI codelist. */
class RegistryTaxonomyTest {

  static final Path SHARED = Path.of(System.getProperty("convergence.shared-dir", "../shared"));
  static final Path REFERENCE = Path.of("src/main/resources/reference/registry");

  @Test
  void everyDacSectorIsAnActiveCodeOfTheIatiSectorList() throws Exception {
    String xml = Files.readString(SHARED.resolve("iati-codelists/Sector.xml"));
    Map<String, String> status = new HashMap<>();
    Matcher m =
        Pattern.compile("<codelist-item status=\"(\\w+)\"[^>]*>\\s*<code>(\\d{5})</code>")
            .matcher(xml);
    while (m.find()) {
      status.put(m.group(2), m.group(1));
    }
    for (CSVRecord type : read("types.csv")) {
      String dac = type.get("dac_sector");
      if (!dac.isBlank()) {
        assertThat(status.get(dac)).as(type.get("code") + " -> " + dac).isEqualTo("active");
      }
    }
  }

  @Test
  void typesBelongToKnownFamiliesAndCountKnownUnits() throws Exception {
    Set<String> families = new HashSet<>();
    read("families.csv").forEach(f -> families.add(f.get("code")));
    assertThat(families)
        .contains(
            "CASH_TRANSFER",
            "SCHOOL_FEEDING",
            "RESILIENCE",
            "FOOD_ASSISTANCE",
            "HEALTH_INSURANCE",
            "PRODUCTIVE_INCLUSION",
            "SOCIAL_REGISTRY",
            "DISABILITY",
            "ACCOUNTABILITY");
    Set<String> used = new HashSet<>();
    for (CSVRecord type : read("types.csv")) {
      assertThat(families).contains(type.get("family_code"));
      assertThat(BeneficiaryUnit.parse(type.get("default_unit"))).as(type.get("code")).isNotNull();
      assertThat(type.get("label_fr")).isNotBlank();
      assertThat(type.get("label_en")).isNotBlank();
      used.add(type.get("family_code"));
    }
    assertThat(used).isEqualTo(families);
  }

  @Test
  void targetGroupsHaveUniqueCodesAndBothLabels() throws Exception {
    List<CSVRecord> groups = read("target-groups.csv");
    assertThat(groups.stream().map(g -> g.get("code")).distinct().count()).isEqualTo(groups.size());
    assertThat(groups).allSatisfy(g -> assertThat(g.get("label_en")).isNotBlank());
  }

  private static List<CSVRecord> read(String file) throws Exception {
    try (Reader reader = Files.newBufferedReader(REFERENCE.resolve(file), StandardCharsets.UTF_8)) {
      return CSVFormat.RFC4180
          .builder()
          .setHeader()
          .setSkipHeaderRecord(true)
          .get()
          .parse(reader)
          .getRecords();
    }
  }
}
