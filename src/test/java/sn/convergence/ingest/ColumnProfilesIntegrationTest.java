package sn.convergence.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import sn.convergence.support.PlatformTest;

/** Saved column profiles: saving, completing, loading from CSV, deleting, and who may. */
@PlatformTest
class ColumnProfilesIntegrationTest {

  @Autowired ColumnProfiles profiles;
  @Autowired JdbcClient jdbc;

  private static void signIn(String user, String role) {
    SecurityContextHolder.getContext()
        .setAuthentication(
            new UsernamePasswordAuthenticationToken(
                user, "n/a", AuthorityUtils.createAuthorityList("ROLE_" + role)));
  }

  @AfterEach
  void deleteProfiles() {
    signIn("cleaner", "ADMIN");
    profiles.list().forEach(p -> profiles.delete(p.name()));
    SecurityContextHolder.clearContext();
  }

  private static ByteArrayInputStream csv(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void savesAProfileThenCompletesItAndRemapsAHeaderWrittenAnotherWay() {
    signIn("focal-point", "PARTNER");
    profiles.save("Oxfam-R4", Map.of("Saison", Field.PERIOD, "Participants", Field.TARGETED));

    SavedProfile completed =
        profiles.save(
            "oxfam-r4",
            Map.of("PARTICIPANTS", Field.REACHED, "Budget activités (FCFA)", Field.VALUE));

    assertThat(profiles.list()).hasSize(1);
    assertThat(completed.name()).isEqualTo("Oxfam-R4");
    assertThat(completed.headers())
        .containsEntry("Saison", Field.PERIOD)
        .containsEntry("PARTICIPANTS", Field.REACHED)
        .containsEntry("Budget activités (FCFA)", Field.VALUE)
        .hasSize(3);
    assertThat(completed.toColumnProfile().fieldFor("participants")).contains(Field.REACHED);
    assertThat(completed.createdBy()).isEqualTo("focal-point");
    assertThat(
            jdbc.sql(
                    "select count(*) from audit_event where entity_type = 'import_profile'"
                        + " and entity_id = 'Oxfam-R4'")
                .query(Long.class)
                .single())
        .isEqualTo(2);
  }

  @Test
  void refusesAProfileWithoutNameOrWithABlankHeader() {
    signIn("coord", "COORDINATOR");
    assertThatThrownBy(() -> profiles.save(" ", Map.of("Saison", Field.PERIOD)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> profiles.save("P", Map.of(" - ", Field.PERIOD)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> profiles.save("x".repeat(121), Map.of("Saison", Field.PERIOD)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(profiles.list()).isEmpty();
  }

  @Test
  void loadsTheProfilesOfACsvFile() {
    signIn("coord", "COORDINATOR");
    Map<String, Integer> loaded =
        profiles.importCsv(
            csv(
                "\uFEFFprofile;header;field\n"
                    + "MEN-DCaS;IEF;ADM2_NAME\n"
                    + "MEN-DCaS;Année scolaire;period\n"
                    + "CICODEV;Valeur;REACHED\n"));

    assertThat(loaded).containsEntry("MEN-DCaS", 2).containsEntry("CICODEV", 1);
    assertThat(profiles.require("MEN-DCaS").fieldFor("annee scolaire")).contains(Field.PERIOD);
  }

  @Test
  void refusesAWholeCsvFileForOneBadLineNamingIt() {
    signIn("coord", "COORDINATOR");
    assertThatThrownBy(
            () ->
                profiles.importCsv(
                    csv(
                        "profile,header,field\n"
                            + "DGPSN,Structure,ORGANISATION\n"
                            + "DGPSN,Ménages servis,HOUSEHOLDS\n")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Line 3")
        .hasMessageContaining("HOUSEHOLDS");
    assertThatThrownBy(() -> profiles.importCsv(csv("name,text\nA,B\n")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("profile, header and field");
    assertThatThrownBy(() -> profiles.importCsv(csv("")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(profiles.list()).isEmpty();
  }

  @Test
  void onlyItsCreatorOrAReviewerChangesOrDeletesAProfile() {
    signIn("wfp-focal", "PARTNER");
    profiles.save("PAM", Map.of("Admin2", Field.ADM2_NAME, "Beneficiaries", Field.REACHED));

    signIn("other-focal", "PARTNER");
    assertThatThrownBy(() -> profiles.delete("PAM")).isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> profiles.removeHeader("PAM", "Admin2"))
        .isInstanceOf(AccessDeniedException.class);

    signIn("wfp-focal", "PARTNER");
    assertThat(profiles.removeHeader("PAM", "admin2").headers()).containsOnlyKeys("Beneficiaries");

    signIn("coord", "COORDINATOR");
    profiles.delete("PAM");
    assertThat(profiles.find("PAM")).isEmpty();
  }

  @Test
  void aViewerCannotReadOrSaveProfiles() {
    signIn("viewer", "VIEWER");
    assertThatThrownBy(() -> profiles.list()).isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> profiles.save("P", Map.of("Saison", Field.PERIOD)))
        .isInstanceOf(AccessDeniedException.class);
  }
}
