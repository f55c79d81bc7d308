package sn.convergence.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IatiStagingTest {

  @TempDir Path dir;

  private final IatiStaging staging = new IatiStaging("SN");

  private IatiStaging.Result sample() {
    return staging.stage(SourceFile.of(SharedSamples.sample("dportal_19.xml")));
  }

  private static IatiActivity find(List<IatiActivity> activities, String identifier) {
    return activities.stream()
        .filter(a -> a.identifier().equals(identifier))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void keepsTheSenegalActivitiesOfTheDportalSample() {
    IatiStaging.Result result = sample();

    assertThat(result.report().fatal()).isFalse();
    assertThat(result.report().rowsRead()).isEqualTo(100);
    assertThat(result.activities()).hasSize(12).allMatch(a -> a.isFor("SN"));
    assertThat(result.report().rowsValid()).isEqualTo(12);
    assertThat(result.report().rowsSkipped()).isEqualTo(88);
  }

  @Test
  void readsOrganisationsNarrativesDatesAndBudgets() {
    IatiActivity activity = find(sample().activities(), "FR-3-CSN168901");

    assertThat(activity.reportingOrg().ref()).isEqualTo("FR-3");
    assertThat(activity.participatingOrgs())
        .extracting(IatiActivity.Organisation::role)
        .containsExactly("3", "1", "4");
    assertThat(activity.participatingOrgs().get(2).names())
        .containsEntry("fr", "REPUBLIQUE DU SENEGAL");
    assertThat(activity.titles().get("fr")).startsWith("Complément PME au PADES");
    assertThat(activity.descriptions().get("fr")).contains("Partenariat mondial pour l'éducation");
    assertThat(activity.status()).isEqualTo("2");
    assertThat(activity.dates()).containsKeys("1", "2", "3");
    assertThat(activity.budgets()).hasSize(6);
    assertThat(activity.budgets().get(0).value()).isEqualByComparingTo("1074626.12");
    assertThat(activity.budgets().get(0).currency()).isEqualTo("EUR");
    assertThat(activity.transactions()).hasSize(3).allMatch(t -> t.currency() != null);
    assertThat(activity.relatedActivities())
        .containsExactly(new IatiActivity.Related("1", "FR-3-CSN1689"));
    assertThat(activity.locations().get(0).lat()).isEqualTo(14.6633857);
  }

  @Test
  void labelsDacSectorsAndKeepsOtherVocabulariesAsGiven() {
    IatiActivity activity = find(sample().activities(), "FR-3-CSN168901");

    IatiActivity.Sector dac = activity.sectors().get(0);
    assertThat(dac.code()).isEqualTo("11220");
    assertThat(dac.labelEn()).isEqualTo("Primary education");
    assertThat(dac.labelFr()).isNotBlank();
    IatiActivity.Sector own = activity.sectors().get(1);
    assertThat(own.vocabulary()).isEqualTo("99");
    assertThat(own.labelEn()).isNull();
    assertThat(own.narratives().get("fr")).isEqualTo("Éducation et formation professionnelle");
  }

  @Test
  void readsTheCaritasEmergencyFoodActivity() {
    IatiActivity caritas = find(sample().activities(), "FR-SIRET-77566669600015-PI200072");
    assertThat(caritas.sectors())
        .anySatisfy(
            s -> {
              assertThat(s.code()).isEqualTo("72040");
              assertThat(s.labelFr()).isEqualTo("Assistance alimentaire d'urgence");
            });
  }

  @Test
  void linksParentAndChildActivities() {
    IatiActivity parent = find(sample().activities(), "FR-3-CSN1692");
    assertThat(parent.relatedActivities()).extracting(IatiActivity.Related::type).containsOnly("2");
    assertThat(parent.relatedActivities()).hasSize(2);
  }

  @Test
  void reportsTheZzRecipientCountryInsteadOfDroppingIt() {
    ImportReport report = sample().report();
    assertThat(report.count(IssueCode.IATI_UNSPECIFIED_COUNTRY)).isEqualTo(9);
    assertThat(report.issues())
        .filteredOn(i -> i.code() == IssueCode.IATI_UNSPECIFIED_COUNTRY)
        .allMatch(i -> i.messageEn().contains("\"ZZ\""));
    assertThat(
            report.count(IssueCode.IATI_UNSPECIFIED_COUNTRY)
                + report.count(IssueCode.IATI_OUTSIDE_COUNTRY)
                + report.count(IssueCode.IATI_NO_COUNTRY))
        .isEqualTo(88);
  }

  @Test
  void refusesAnExternalEntity() throws IOException {
    Path xxe =
        Files.writeString(
            dir.resolve("xxe.xml"),
            """
            <?xml version="1.0"?>
            <!DOCTYPE iati-activities [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
            <iati-activities version="2.03"><iati-activity>
            <iati-identifier>&xxe;</iati-identifier></iati-activity></iati-activities>
            """);
    ImportReport report = staging.stage(SourceFile.of(xxe)).report();

    assertThat(report.fatal()).isTrue();
    assertThat(report.count(IssueCode.UNSAFE_XML)).isEqualTo(1);
    assertThat(report.issues().get(0).messageFr()).startsWith("XML refusé");
    assertThat(report.issues().get(0).messageEn()).doesNotContain("root:");
  }

  @Test
  void refusesABillionLaughs() throws IOException {
    StringBuilder entities = new StringBuilder("<!ENTITY lol \"lol\">");
    for (int i = 1; i <= 9; i++) {
      String previous = i == 1 ? "lol" : "lol" + (i - 1);
      entities.append("<!ENTITY lol").append(i).append(" \"");
      entities.append(("&" + previous + ";").repeat(10)).append("\">");
    }
    Path bomb =
        Files.writeString(
            dir.resolve("lol.xml"),
            "<?xml version=\"1.0\"?><!DOCTYPE lolz ["
                + entities
                + "]><iati-activities version=\"2.03\"><iati-activity><iati-identifier>&lol9;"
                + "</iati-identifier></iati-activity></iati-activities>");
    ImportReport report = staging.stage(SourceFile.of(bomb)).report();

    assertThat(report.fatal()).isTrue();
    assertThat(report.count(IssueCode.UNSAFE_XML)).isEqualTo(1);
  }

  @Test
  void refusesAnUnknownVersionAndReadsVersionOneInPart() throws IOException {
    Path v3 =
        Files.writeString(
            dir.resolve("v3.xml"), "<iati-activities version=\"3.0\"></iati-activities>");
    ImportReport refused = staging.stage(SourceFile.of(v3)).report();
    assertThat(refused.fatal()).isTrue();
    assertThat(refused.count(IssueCode.IATI_VERSION_UNSUPPORTED)).isEqualTo(1);

    Path v1 =
        Files.writeString(
            dir.resolve("v1.xml"),
            """
            <iati-activities version="1.05"><iati-activity xml:lang="fr">
            <iati-identifier>XM-1</iati-identifier><title>Filets sociaux</title>
            <recipient-country code="SN"/><sector code="16010" vocabulary="1"/>
            </iati-activity></iati-activities>
            """);
    IatiStaging.Result old = staging.stage(SourceFile.of(v1));
    assertThat(old.report().count(IssueCode.IATI_OLD_VERSION)).isEqualTo(1);
    assertThat(old.activities()).hasSize(1);
    assertThat(old.activities().get(0).titles()).containsEntry("fr", "Filets sociaux");
    assertThat(old.activities().get(0).sectors().get(0).labelFr()).isEqualTo("Protection sociale");
  }

  @Test
  void reportsTruncatedXmlAndEmptyFiles() throws IOException {
    Path truncated =
        Files.writeString(
            dir.resolve("cut.xml"), "<iati-activities version=\"2.03\"><iati-activity><title>");
    assertThat(staging.stage(SourceFile.of(truncated)).report().count(IssueCode.FILE_UNREADABLE))
        .isEqualTo(1);
    Path empty = Files.createFile(dir.resolve("empty.xml"));
    assertThat(staging.stage(SourceFile.of(empty)).report().count(IssueCode.FILE_EMPTY))
        .isEqualTo(1);
  }
}
