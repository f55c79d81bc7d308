package sn.convergence.ingest.commit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sn.convergence.geography.ReferenceGeography;
import sn.convergence.ingest.IatiActivity;
import sn.convergence.ingest.IatiStaging;
import sn.convergence.ingest.Issue;
import sn.convergence.ingest.IssueCode;
import sn.convergence.ingest.SourceFile;

/**
 * IATI locations given by administrative code or by name are placed in the region or department
 * they designate, as point locations are; a location nothing places is reported with its codes.
 * Boundaries are not imported here, so points cannot be placed.
 */
class IatiLocationPlacementTest {

  @TempDir Path dir;

  private final List<Issue> issues = new ArrayList<>();

  @Test
  void placesALocationByItsPCodeWhateverTheVocabulary() throws IOException {
    IatiPlanner planner =
        plan(
            location(
                "<administrative vocabulary=\"A1\" level=\"1\" code=\"SN09\"/>"
                    + "<administrative vocabulary=\"A1\" level=\"2\" code=\"SN0901\"/>"),
            location("<administrative code=\"SN01\"/>"));

    assertThat(placed(planner)).containsExactlyInAnyOrder("SN0901", "SN01");
    assertThat(issues).extracting(Issue::code).doesNotContain(IssueCode.IATI_LOCATION_UNPLACED);
  }

  @Test
  void placesALocationByANameTheResolverKnows() throws IOException {
    IatiPlanner planner =
        plan(
            location("<name><narrative xml:lang=\"fr\">Département de Kédougou</narrative></name>"),
            location("<name><narrative>Matam</narrative></name>"),
            location("<name><narrative>Sénégal</narrative></name>"));

    assertThat(placed(planner))
        .as("Matam names a region and its department: the region holds both")
        .containsExactlyInAnyOrder("SN0601", "SN09");
    assertThat(issues).extracting(Issue::code).doesNotContain(IssueCode.IATI_LOCATION_UNPLACED);
  }

  @Test
  void reportsAGeoNamesLocationItCannotPlaceWithItsVocabularyAndCode() throws IOException {
    IatiPlanner planner =
        plan(
            location(
                "<location-id vocabulary=\"G1\" code=\"2246451\"/>"
                    + "<name><narrative>Village de Ndiawara</narrative></name>"
                    + "<administrative vocabulary=\"G1\" level=\"1\" code=\"2246451\"/>"));

    assertThat(placed(planner)).isEmpty();
    Issue unplaced =
        issues.stream()
            .filter(i -> i.code() == IssueCode.IATI_LOCATION_UNPLACED)
            .findFirst()
            .orElseThrow();
    assertThat(unplaced.row()).isEqualTo(1);
    assertThat(unplaced.column()).isEqualTo("XM-TEST-1");
    assertThat(unplaced.messageFr())
        .isEqualTo(
            "Activité XM-TEST-1 : lieu « Village de Ndiawara » non placé ; code(s) G1 (GeoNames)"
                + " 2246451 sans correspondance (seuls les P-codes, les codes ISO 3166-2 et les"
                + " noms des régions et départements du pays sont reconnus).");
    assertThat(unplaced.messageEn()).contains("G1 (GeoNames) 2246451", "Village de Ndiawara");
  }

  @Test
  void fallsBackFromAnUnplaceablePointToTheLocationsCode() throws IOException {
    IatiPlanner planner =
        plan(
            location(
                "<administrative vocabulary=\"A1\" code=\"SN0901\"/>"
                    + "<point srsName=\"http://www.opengis.net/def/crs/EPSG/0/4326\">"
                    + "<pos>15.43 -13.31</pos></point>"),
            location(
                "<point srsName=\"http://www.opengis.net/def/crs/EPSG/0/4326\">"
                    + "<pos>14.66 -17.43</pos></point>"));

    assertThat(placed(planner)).containsExactly("SN0901");
    assertThat(issues)
        .extracting(Issue::code)
        .containsOnlyOnce(IssueCode.IATI_LOCATION_NO_BOUNDARIES)
        .doesNotContain(IssueCode.IATI_LOCATION_UNPLACED);
  }

  /** The department and region facts planned for the activity (its national ones left out). */
  private static List<String> placed(IatiPlanner planner) {
    return planner.plan().interventions().stream()
        .flatMap(i -> i.facts().stream())
        .map(PlannedFact::pcode)
        .filter(p -> !p.equals("SN"))
        .toList();
  }

  private IatiPlanner plan(String... locations) throws IOException {
    Path file = dir.resolve("activity.xml");
    Files.writeString(file, activity(String.join("", locations)), StandardCharsets.UTF_8);
    List<IatiActivity> activities = new IatiStaging("SN").stage(SourceFile.of(file)).activities();
    assertThat(activities).hasSize(1);
    IatiPlanner planner =
        new IatiPlanner(
            new OrganisationMatcher(List.of(), java.util.Map.of()),
            new TypeMatcher(List.of(), java.util.Map.of()),
            ImportOptions.defaults(),
            "activity.xml",
            ReferenceGeography.noShapes(),
            ReferenceGeography.resolver());
    issues.addAll(planner.add(activities.get(0), 1));
    return planner;
  }

  private static String location(String content) {
    return "<location>" + content + "</location>";
  }

  private static String activity(String locations) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <iati-activities version="2.03">
         <iati-activity default-currency="XOF" xml:lang="fr">
          <iati-identifier>XM-TEST-1</iati-identifier>
          <reporting-org ref="XM-TEST" type="21"><narrative>Test NGO</narrative></reporting-org>
          <title><narrative>Transferts monétaires</narrative></title>
          <activity-status code="2"/>
          <activity-date iso-date="2022-01-01" type="2"/>
          <activity-date iso-date="2022-12-31" type="3"/>
          <recipient-country code="SN" percentage="100"/>
          %s
          <sector vocabulary="1" code="16010"/>
         </iati-activity>
        </iati-activities>
        """
        .formatted(locations);
  }
}
