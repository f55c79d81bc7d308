package sn.convergence.ingest.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import sn.convergence.support.PlatformTest;

@PlatformTest
class ImportApiIntegrationTest {

  private static final RequestPostProcessor COORDINATOR = user("api-coord").roles("COORDINATOR");

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired sn.convergence.actors.Organisations organisations;

  private long coverageRows() {
    return jdbc.sql("select count(*) from coverage").query(Long.class).single();
  }

  private static MockMultipartFile file(String name, byte[] content) {
    return new MockMultipartFile("file", name, "application/octet-stream", content);
  }

  @Test
  void uploadPreviewsThenCommitAndDeleteUndo() throws Exception {
    String csv =
        "Organisation,Activité,Département,Période,Ciblés,Atteints,Unité\n"
            + "Caritas,Distribution de vivres,Podor,juin 2022,1 200,1 150,ménages\n"
            + "Caritas,Distribution de vivres,Matam/Kanel,juin 2022,800,700,ménages\n";
    String body =
        mvc.perform(
                multipart("/api/v1/imports")
                    .file(file("caritas.csv", csv.getBytes(StandardCharsets.UTF_8)))
                    .param("createOrganisations", "true")
                    .with(COORDINATOR)
                    .with(csrf()))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.batch.status").value("PREVIEWED"))
            .andExpect(jsonPath("$.batch.report.rows.rowsValid").value(2))
            .andExpect(jsonPath("$.batch.report.effect.factsCreated").value(2))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(body).contains("MULTI_UNIT_AGGREGATE", "SN09");
    int id = JsonPath.read(body, "$.batch.id");
    long before = coverageRows();

    mvc.perform(post("/api/v1/imports/" + id + "/commit").with(COORDINATOR).with(csrf()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.batch.status").value("COMMITTED"));
    assertThat(coverageRows()).isEqualTo(before + 2);
    assertThat(
            jdbc.sql("select pcode from coverage where import_batch_id = ? order by pcode")
                .param(id)
                .query(String.class)
                .list())
        .containsExactlyInAnyOrder("SN09", podor());

    mvc.perform(get("/api/v1/imports/" + id).with(COORDINATOR))
        .andExpect(jsonPath("$.batch.status").value("COMMITTED"));
    mvc.perform(delete("/api/v1/imports/" + id).with(COORDINATOR).with(csrf()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.batch.status").value("UNDONE"));
    assertThat(coverageRows()).isEqualTo(before);
  }

  private String podor() {
    return jdbc.sql("select pcode from admin_unit where name = 'Podor'")
        .query(String.class)
        .single();
  }

  @Test
  void aConfirmedOrganisationMatchIsRememberedAndThePreviewRecomputed() throws Exception {
    org.springframework.security.core.context.SecurityContextHolder.getContext()
        .setAuthentication(
            new org.springframework.security.authentication.TestingAuthenticationToken(
                "api-coord", null, "ROLE_COORDINATOR"));
    try {
      organisations.create(
          sn.convergence.actors.OrganisationDraft.of(
              "PAM",
              "Programme alimentaire mondial",
              sn.convergence.actors.OrganisationType.UN_AGENCY));
    } finally {
      org.springframework.security.core.context.SecurityContextHolder.clearContext();
    }
    String csv =
        "Organisation,Activité,Région,Année,Atteints,Unité\n"
            + "Agence onusienne alimentaire,Cantines scolaires,Louga,2020,300,élèves\n";
    String body =
        mvc.perform(
                multipart("/api/v1/imports")
                    .file(file("pam.csv", csv.getBytes(StandardCharsets.UTF_8)))
                    .with(COORDINATOR)
                    .with(csrf()))
            .andExpect(jsonPath("$.batch.report.rows.rowsWithErrors").value(1))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(body).contains("ORGANISATION_UNKNOWN");
    int id = JsonPath.read(body, "$.batch.id");
    mvc.perform(post("/api/v1/imports/" + id + "/commit").with(COORDINATOR).with(csrf()))
        .andExpect(jsonPath("$.batch.status").value("PREVIEWED"))
        .andExpect(jsonPath("$.batch.message.reason").value("NO_VALID_ROW"))
        .andExpect(jsonPath("$.batch.message.fr").value("Aucune ligne valide à importer."))
        .andExpect(jsonPath("$.batch.message.en").value("No valid row to import."));

    mvc.perform(
            post("/api/v1/imports/" + id + "/matches")
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"kind\":\"ORGANISATION\",\"text\":\"Agence onusienne alimentaire\",\"target\":\"PAM\"}")
                .with(COORDINATOR)
                .with(csrf()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.batch.report.rows.rowsValid").value(1))
        .andExpect(jsonPath("$.batch.report.rows.rowsWithErrors").value(0));
  }

  @Test
  void badInputEndsWithAClearMessageAndNothingWritten() throws Exception {
    long before = coverageRows();
    mvc.perform(
            multipart("/api/v1/imports")
                .file(file("vide.csv", new byte[0]))
                .with(COORDINATOR)
                .with(csrf()))
        .andExpect(status().isBadRequest());

    ByteArrayOutputStream workbook = new ByteArrayOutputStream();
    try (XSSFWorkbook book = new XSSFWorkbook()) {
      book.createSheet("3W").createRow(0).createCell(0).setCellValue("Organisation");
      book.write(workbook);
    }
    byte[] truncated = Arrays.copyOf(workbook.toByteArray(), workbook.size() / 2);
    String laughs =
        "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2"
            + " \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">]>"
            + "<iati-activities version=\"2.03\"><iati-activity>&lol2;</iati-activity></iati-activities>";
    String external =
        "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
            + "<iati-activities version=\"2.03\"><iati-activity>&xxe;</iati-activity></iati-activities>";
    for (MockMultipartFile bad :
        new MockMultipartFile[] {
          file("tronque.xlsx", truncated),
          file("laughs.xml", laughs.getBytes(StandardCharsets.UTF_8)),
          file("xxe.xml", external.getBytes(StandardCharsets.UTF_8))
        }) {
      String body =
          mvc.perform(multipart("/api/v1/imports").file(bad).with(COORDINATOR).with(csrf()))
              .andExpect(status().isCreated())
              .andExpect(jsonPath("$.batch.status").value("FAILED"))
              .andExpect(jsonPath("$.batch.report.rows.fatal").value(true))
              .andReturn()
              .getResponse()
              .getContentAsString();
      assertThat(body).doesNotContain("root:");
      int id = JsonPath.read(body, "$.batch.id");
      mvc.perform(post("/api/v1/imports/" + id + "/commit").with(COORDINATOR).with(csrf()))
          .andExpect(status().isConflict());
    }
    assertThat(coverageRows()).isEqualTo(before);
  }

  @Test
  void viewersGetForbiddenAndOthersBatchesAreNotFound() throws Exception {
    mvc.perform(get("/api/v1/imports").with(user("v").roles("VIEWER")))
        .andExpect(status().isForbidden());
    mvc.perform(get("/api/v1/imports/999999").with(COORDINATOR)).andExpect(status().isNotFound());
  }

  @Test
  void profilesAreSavedReadCompletedAndDeletedOverTheApi() throws Exception {
    mvc.perform(
            org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put(
                    "/api/v1/import-profiles/MEN-DCaS")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"headers\":{\"IEF\":\"ADM2_NAME\",\"Valeur\":\"REACHED\"}}")
                .with(COORDINATOR)
                .with(csrf()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.headers.IEF").value("ADM2_NAME"));
    mvc.perform(
            org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put(
                    "/api/v1/import-profiles/MEN-DCaS")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"headers\":{\"Valeur\":\"NOT_A_FIELD\"}}")
                .with(COORDINATOR)
                .with(csrf()))
        .andExpect(status().isBadRequest());
    mvc.perform(get("/api/v1/import-profiles").with(COORDINATOR))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[0].name").value("MEN-DCaS"));
    mvc.perform(
            delete("/api/v1/import-profiles/MEN-DCaS/headers/Valeur")
                .with(COORDINATOR)
                .with(csrf()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.headers.Valeur").doesNotExist());

    String csv = "IEF;Indicateur;Valeur;Année;Partenaire;Programme\n";
    String body =
        mvc.perform(
                multipart("/api/v1/imports")
                    .file(
                        file(
                            "men.csv",
                            (csv + "Podor;élèves;500;2021;PAM;Cantines scolaires\n")
                                .getBytes(StandardCharsets.UTF_8)))
                    .param("profile", "men-dcas")
                    .param("createOrganisations", "true")
                    .with(COORDINATOR)
                    .with(csrf()))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.batch.options.profile").value("MEN-DCaS"))
            .andReturn()
            .getResponse()
            .getContentAsString();
    int id = JsonPath.read(body, "$.batch.id");
    mvc.perform(
            post("/api/v1/imports/" + id + "/columns")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"profile\":\"MEN-DCaS\",\"headers\":{\"Valeur\":\"REACHED\"}}")
                .with(COORDINATOR)
                .with(csrf()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.batch.report.rows.rowsValid").value(1));

    mvc.perform(delete("/api/v1/import-profiles/MEN-DCaS").with(COORDINATOR).with(csrf()))
        .andExpect(status().isNoContent());
    mvc.perform(get("/api/v1/import-profiles/MEN-DCaS").with(COORDINATOR))
        .andExpect(status().isNotFound());
    mvc.perform(get("/api/v1/import-profiles")).andExpect(status().isUnauthorized());
  }
}
