package sn.convergence.ingest.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import sn.convergence.ingest.BatchStatus;
import sn.convergence.ingest.ImportBatch;
import sn.convergence.ingest.Imports;
import sn.convergence.support.PlatformTest;

@PlatformTest
class ImportPagesIntegrationTest {

  private static final RequestPostProcessor COORDINATOR = user("coord").roles("COORDINATOR");

  @Autowired MockMvc mvc;
  @Autowired Imports imports;

  private ImportBatch waitFor(long id) throws InterruptedException {
    org.springframework.security.core.context.SecurityContextHolder.getContext()
        .setAuthentication(
            new org.springframework.security.authentication.TestingAuthenticationToken(
                "coord", null, "ROLE_COORDINATOR"));
    try {
      for (int i = 0; i < 600; i++) {
        ImportBatch batch = imports.find(id).orElseThrow();
        if (!batch.status().busy()) {
          return batch;
        }
        Thread.sleep(100);
      }
      throw new AssertionError("import " + id + " still busy");
    } finally {
      org.springframework.security.core.context.SecurityContextHolder.clearContext();
    }
  }

  @Test
  void uploadPreviewCommitAndUndoFromThePages() throws Exception {
    String csv =
        "Organisation,Activité,Région,Période,Ciblés,Atteints,Unité\n"
            + "<b>ONG</b>,Cantines scolaires,Matam,2021,100,90,élèves\n"
            + "<b>ONG</b>,Cantines scolaires,Atlantide,2021,50,40,élèves\n";
    MockMultipartFile file =
        new MockMultipartFile("file", "page.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));

    String location =
        mvc.perform(
                multipart("/imports")
                    .file(file)
                    .param("createOrganisations", "true")
                    .with(COORDINATOR)
                    .with(csrf()))
            .andExpect(status().is3xxRedirection())
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    assertThat(waitFor(id).status()).isEqualTo(BatchStatus.PREVIEWED);

    String page =
        mvc.perform(get("/imports/" + id).with(COORDINATOR))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page)
        .contains("Aperçu prêt", "id=\"rows-valid\">1<", "id=\"rows-errors\">1<", "Atlantide")
        .contains("&lt;b&gt;ONG&lt;/b&gt;")
        .doesNotContain("<b>ONG</b>");

    mvc.perform(
            post("/imports/" + id + "/commit")
                .param("mode", "VALID_ROWS_ONLY")
                .with(COORDINATOR)
                .with(csrf()))
        .andExpect(status().is3xxRedirection());
    assertThat(waitFor(id).status()).isEqualTo(BatchStatus.COMMITTED);
    mvc.perform(get("/imports/" + id + "/progress").with(COORDINATOR))
        .andExpect(header().string("HX-Refresh", "true"));

    mvc.perform(post("/imports/" + id + "/undo").with(COORDINATOR).with(csrf()))
        .andExpect(status().is3xxRedirection());
    assertThat(waitFor(id).status()).isEqualTo(BatchStatus.UNDONE);
    mvc.perform(get("/imports").with(COORDINATOR))
        .andExpect(status().isOk())
        .andExpect(content().string(org.hamcrest.Matchers.containsString("page.csv")));
  }

  @Test
  void viewersAndAnonymousVisitorsCannotImport() throws Exception {
    mvc.perform(get("/imports").with(user("v").roles("VIEWER"))).andExpect(status().isForbidden());
    mvc.perform(get("/imports"))
        .andExpect(r -> assertThat(r.getResponse().getStatus()).isIn(302, 401));
    mvc.perform(get("/api/v1/imports")).andExpect(status().isUnauthorized());
  }

  @Test
  void partnersSeeOnlyTheirOwnBatches() throws Exception {
    MockMultipartFile file =
        new MockMultipartFile(
            "file",
            "mine.csv",
            "text/csv",
            "Organisation,Région\nX,Matam\n".getBytes(StandardCharsets.UTF_8));
    String location =
        mvc.perform(multipart("/imports").file(file).with(COORDINATOR).with(csrf()))
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    waitFor(id);

    mvc.perform(get("/imports/" + id).with(user("p").roles("PARTNER")))
        .andExpect(status().isNotFound());
  }

  @Test
  void unrecognisedColumnsAreMappedFromTheBatchPageIntoAProfileListedOnTheProfilesPage()
      throws Exception {
    String csv =
        "Structure;Programme;Département;Année;Ménages servis\n"
            + "<i>DGPSN</i>;Bourses de sécurité familiale;Podor;2022;1 200\n";
    MockMultipartFile file =
        new MockMultipartFile(
            "file", "structure.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
    String location =
        mvc.perform(
                multipart("/imports")
                    .file(file)
                    .param("createOrganisations", "true")
                    .with(COORDINATOR)
                    .with(csrf()))
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    waitFor(id);
    String page = pageOf("/imports/" + id);
    assertThat(page)
        .contains("id=\"columns-form\"", "Structure", "Ménages servis")
        .contains("value=\"ORGANISATION\" selected=\"selected\"")
        .contains("value=\"REACHED\" selected=\"selected\"");

    mvc.perform(
            post("/imports/" + id + "/columns")
                .param("profile", "DGPSN <national>")
                .param("header", "Structure", "Ménages servis")
                .param("field", "ORGANISATION", "REACHED")
                .with(COORDINATOR)
                .with(csrf()))
        .andExpect(status().is3xxRedirection());

    String after = pageOf("/imports/" + id);
    assertThat(after)
        .doesNotContain("id=\"columns-form\"")
        .contains("id=\"batch-profile\"", "DGPSN &lt;national&gt;");
    String profiles = pageOf("/imports/profiles");
    assertThat(profiles)
        .contains("DGPSN &lt;national&gt;", "Ménages servis", "Bénéficiaires atteints")
        .doesNotContain("DGPSN <national>");
    assertThat(pageOf("/imports")).contains("<option value=\"DGPSN &lt;national&gt;\"");

    mvc.perform(
            post("/imports/profiles/delete")
                .param("profile", "DGPSN <national>")
                .with(COORDINATOR)
                .with(csrf()))
        .andExpect(status().is3xxRedirection());
    assertThat(pageOf("/imports/profiles")).doesNotContain("DGPSN &lt;national&gt;");
  }

  @Test
  void aProfileFileIsLoadedWholeOrRefusedWithItsReason() throws Exception {
    MockMultipartFile bad =
        new MockMultipartFile(
            "file",
            "profils.csv",
            "text/csv",
            "profile,header,field\nP,Saison,SEASON\n".getBytes(StandardCharsets.UTF_8));
    mvc.perform(multipart("/imports/profiles/csv").file(bad).with(COORDINATOR).with(csrf()))
        .andExpect(status().is3xxRedirection())
        .andExpect(
            org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                .attribute("problem", "profiles.problem.csv"));
    MockMultipartFile good =
        new MockMultipartFile(
            "file",
            "profils.csv",
            "text/csv",
            "profile,header,field\nP,Saison,PERIOD\n".getBytes(StandardCharsets.UTF_8));
    mvc.perform(multipart("/imports/profiles/csv").file(good).with(COORDINATOR).with(csrf()))
        .andExpect(
            org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                .attribute("flash", "profiles.flash.loaded"));
    assertThat(pageOf("/imports/profiles")).contains("Saison", "Période");
    mvc.perform(
            post("/imports/profiles/delete").param("profile", "P").with(COORDINATOR).with(csrf()))
        .andExpect(status().is3xxRedirection());
    mvc.perform(get("/imports/profiles").with(user("v").roles("VIEWER")))
        .andExpect(status().isForbidden());
    MockMultipartFile data =
        new MockMultipartFile(
            "file", "p.csv", "text/csv", "Organisation\nX\n".getBytes(StandardCharsets.UTF_8));
    mvc.perform(
            multipart("/imports").file(data).param("profile", "P").with(COORDINATOR).with(csrf()))
        .andExpect(
            org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                .attribute("problem", "imports.problem.profile"));
  }

  private String pageOf(String path) throws Exception {
    return mvc.perform(get(path).with(COORDINATOR))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }
}
