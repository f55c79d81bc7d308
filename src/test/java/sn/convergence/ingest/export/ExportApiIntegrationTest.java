package sn.convergence.ingest.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import sn.convergence.actors.Organisations;
import sn.convergence.ingest.ExchangeColumn;
import sn.convergence.registry.Interventions;
import sn.convergence.support.PlatformTest;

/** The export endpoints: formats, file names, visibility, figures, formula neutralisation. */
@PlatformTest
@WithMockUser(roles = "ADMIN")
class ExportApiIntegrationTest {

  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  @Autowired MockMvc mvc;
  @Autowired Interventions interventions;
  @Autowired Organisations organisations;
  ExportFixture fixture;

  @BeforeEach
  void seed() {
    fixture = new ExportFixture(interventions, organisations);
    fixture.seed();
  }

  @AfterEach
  void remove() {
    fixture.remove();
  }

  private byte[] body(MockHttpServletRequestBuilder request, String type, String fileName)
      throws Exception {
    return mvc.perform(request)
        .andExpect(status().isOk())
        .andExpect(header().string("Content-Type", type))
        .andExpect(
            header()
                .string(
                    "Content-Disposition",
                    Matchers.startsWith("attachment; filename=\"" + fileName)))
        .andReturn()
        .getResponse()
        .getContentAsByteArray();
  }

  static List<CSVRecord> csv(byte[] body) throws IOException {
    assertThat(Arrays.copyOf(body, 3)).containsExactly(0xEF, 0xBB, 0xBF);
    String text = new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
    return CSVFormat.RFC4180.parse(new StringReader(text)).getRecords();
  }

  private List<CSVRecord> registryCsv(MockHttpServletRequestBuilder request) throws Exception {
    String name = "convergence-registre-" + LocalDate.now() + ".csv";
    return csv(body(request, "text/csv;charset=UTF-8", name));
  }

  private static List<String> codes(List<CSVRecord> records) {
    return records.stream()
        .skip(2)
        .map(r -> r.get(ExchangeColumn.ACTIVITY_CODE.ordinal()))
        .distinct()
        .toList();
  }

  @Test
  void registryCsvHasTheExchangeHeadersTheHxlRowAndOneRowPerFact() throws Exception {
    List<CSVRecord> records =
        registryCsv(get("/api/v1/exports/registry.csv").param("q", ExportFixture.ROUND_TRIP));

    assertThat(records.get(0).toList()).isEqualTo(RegistryRows.headers());
    assertThat(records.get(1).toList()).isEqualTo(RegistryRows.hashtags());
    assertThat(records).hasSize(2 + fixture.roundTripFacts().size());
    CSVRecord kanel =
        records.stream()
            .filter(r -> r.get(ExchangeColumn.ADM2_CODE.ordinal()).equals("SN0901"))
            .filter(r -> r.get(ExchangeColumn.PERIOD.ordinal()).equals("2021"))
            .findFirst()
            .orElseThrow();
    assertThat(kanel.get(ExchangeColumn.ORGANISATION.ordinal())).isEqualTo("XPT-DGPSN");
    assertThat(kanel.get(ExchangeColumn.ADM1_NAME.ordinal())).isEqualTo("Matam");
    assertThat(kanel.get(ExchangeColumn.BUDGET_XOF.ordinal())).isEqualTo("110000000");
    assertThat(kanel.get(ExchangeColumn.TARGET_GROUPS.ordinal()))
        .isEqualTo("EXTREMELY_POOR_HOUSEHOLDS | RNU_HOUSEHOLDS");
  }

  @Test
  void anonymousCallersExportValidatedInterventionsOnlyAndSignedInUsersAll() throws Exception {
    List<String> anonymous =
        codes(
            registryCsv(get("/api/v1/exports/registry.csv").param("q", "XPT-").with(anonymous())));
    List<String> viewer =
        codes(
            registryCsv(
                get("/api/v1/exports/registry.csv")
                    .param("q", "XPT-")
                    .with(user("xpt-viewer").roles("VIEWER"))));

    assertThat(anonymous).contains(ExportFixture.PNBSF).doesNotContain(ExportFixture.SUBMITTED);
    assertThat(viewer).contains(ExportFixture.PNBSF, ExportFixture.SUBMITTED);
  }

  @Test
  void registryFiltersKeepOnlyTheRowsInTheUnitAndYear() throws Exception {
    List<CSVRecord> records =
        registryCsv(
            get("/api/v1/exports/registry.csv")
                .param("q", ExportFixture.ROUND_TRIP)
                .param("pcode", "SN09")
                .param("year", "2021"));

    assertThat(records.subList(2, records.size()))
        .isNotEmpty()
        .allSatisfy(r -> assertThat(r.get(ExchangeColumn.ADM1_CODE.ordinal())).isEqualTo("SN09"))
        .noneSatisfy(r -> assertThat(r.get(ExchangeColumn.PERIOD.ordinal())).isEqualTo("2019"));
  }

  @Test
  void refusesAnUnknownOrganisationOrStatusBeforeWritingAnything() throws Exception {
    mvc.perform(get("/api/v1/exports/registry.csv").param("organisation", "NO-SUCH-ORG"))
        .andExpect(status().isBadRequest())
        .andExpect(header().string("Content-Type", "application/problem+json"));
    mvc.perform(get("/api/v1/exports/presence.csv").param("status", "NOPE"))
        .andExpect(status().isBadRequest());
    mvc.perform(get("/api/v1/exports/presence.csv").param("level", "COUNTRY"))
        .andExpect(status().isBadRequest());
  }

  @Test
  void registryXlsxHasTheSameRowsInAFrozenSheet() throws Exception {
    byte[] body =
        body(
            get("/api/v1/exports/registry.xlsx").param("q", ExportFixture.ROUND_TRIP),
            XLSX,
            "convergence-registre-" + LocalDate.now() + ".xlsx");
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(body))) {
      Sheet sheet = book.getSheet("Registre");
      assertThat(sheet.getPhysicalNumberOfRows()).isEqualTo(2 + fixture.roundTripFacts().size());
      assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("#activity +code");
      assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 2);
    }
  }

  @Test
  void presenceCsvHasOneRowPerDepartmentThenTheCoarserRowsWithSeparateUnits() throws Exception {
    List<CSVRecord> records =
        csv(
            body(
                get("/api/v1/exports/presence.csv")
                    .param("level", "DEPARTMENT")
                    .param("year", "2021")
                    .param("organisation", "XPT-DGPSN"),
                "text/csv;charset=UTF-8",
                "convergence-presence-departements-2021.csv"));
    List<String> tags = records.get(1).toList();

    assertThat(records.get(0).toList()).contains("Code département", "Ciblés (Ménages)");
    assertThat(tags).contains("#adm2 +code", "#targeted +hh", "#reached +ind", "#org +num");
    CSVRecord kanel = row(records, "#adm2 +code", "SN0901");
    assertThat(kanel.get(tags.indexOf("#adm1 +code"))).isEqualTo("SN09");
    assertThat(kanel.get(tags.indexOf("#indicator +interventions +num"))).isEqualTo("1");
    assertThat(kanel.get(tags.indexOf("#targeted +hh"))).isEqualTo("1200");
    assertThat(kanel.get(tags.indexOf("#reached +hh"))).isEqualTo("1100");
    assertThat(kanel.get(tags.indexOf("#reached +ind"))).isEmpty();
    assertThat(kanel.get(tags.indexOf("#value +budget +xof"))).isEqualTo("110000000");
    assertThat(records.stream().filter(r -> r.get(0).equals("DEPARTMENT"))).hasSize(46);
    CSVRecord region = records.get(records.size() - 1);
    assertThat(region.get(tags.indexOf("#meta +level"))).isEqualTo("REGION");
    assertThat(region.get(tags.indexOf("#adm1 +code"))).isEqualTo("SN09");
    assertThat(region.get(tags.indexOf("#adm2 +code"))).isEmpty();
    assertThat(region.get(tags.indexOf("#reached +hh"))).isEqualTo("1500");
  }

  @Test
  void presenceHeadersFollowTheRequestLanguage() throws Exception {
    List<CSVRecord> records =
        csv(
            body(
                get("/api/v1/exports/presence.csv").param("level", "REGION").param("lang", "en"),
                "text/csv;charset=UTF-8",
                "convergence-presence-regions.csv"));

    assertThat(records.get(0).toList()).contains("Region P-code", "Reached (Households)");
    assertThat(records.get(1).toList()).doesNotContain("#adm2 +code");
    assertThat(records.stream().filter(r -> r.get(0).equals("REGION"))).hasSize(14);
  }

  @Test
  void presenceXlsxAndGeoJsonCarryTheSameUnits() throws Exception {
    byte[] xlsx =
        body(
            get("/api/v1/exports/presence.xlsx").param("year", "2021"),
            XLSX,
            "convergence-presence-departements-2021.xlsx");
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      Sheet sheet = book.getSheet("Présence");
      assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("#meta +level");
      assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("DEPARTMENT");
    }
    String json =
        new String(
            body(
                get("/api/v1/exports/presence.geojson")
                    .param("year", "2021")
                    .param("organisation", "XPT-DGPSN"),
                "application/geo+json",
                "convergence-presence-departements-2021.geojson"),
            StandardCharsets.UTF_8);

    assertThat((List<?>) JsonPath.read(json, "$.features")).hasSize(46);
    assertThat((List<String>) JsonPath.read(json, "$.features[*].geometry.type"))
        .allMatch(t -> List.of("Point", "Polygon", "MultiPolygon").contains(t));
    List<Map<String, Object>> kanel = JsonPath.read(json, "$.features[?(@.id=='SN0901')]");
    Map<String, Object> properties = (Map<String, Object>) kanel.get(0).get("properties");
    assertThat(properties)
        .containsEntry("adm2Code", "SN0901")
        .containsEntry("adm1Name", "Matam")
        .containsEntry("reached_households", 1100)
        .containsEntry("budgetXof", 110000000);
  }

  @Test
  void neutralisesFormulaTextsInCsvAndXlsx() throws Exception {
    List<CSVRecord> records =
        registryCsv(get("/api/v1/exports/registry.csv").param("q", ExportFixture.FORMULA));
    CSVRecord row = records.get(2);
    assertThat(row.get(ExchangeColumn.ACTIVITY.ordinal())).isEqualTo("'@SUM(1)");
    assertThat(row.get(ExchangeColumn.ORGANISATION.ordinal()))
        .isEqualTo("'" + ExportFixture.HYPERLINK);
    List<CSVRecord> presence =
        csv(
            body(
                get("/api/v1/exports/presence.csv")
                    .param("year", "2021")
                    .param("organisation", ExportFixture.CALC),
                "text/csv;charset=UTF-8",
                "convergence-presence-departements-2021.csv"));
    int actors = presence.get(1).toList().indexOf("#org +acronym +list");
    assertThat(row(presence, "#adm2 +code", "SN0902").get(actors))
        .isEqualTo("'" + ExportFixture.CALC + " | " + ExportFixture.HYPERLINK);

    byte[] xlsx =
        body(
            get("/api/v1/exports/registry.xlsx").param("q", ExportFixture.FORMULA),
            XLSX,
            "convergence-registre-");
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      List<String> texts = new ArrayList<>();
      for (Row r : book.getSheetAt(0)) {
        for (Cell cell : r) {
          assertThat(cell.getCellType()).isIn(CellType.STRING, CellType.NUMERIC);
          if (cell.getCellType() == CellType.STRING) {
            texts.add(cell.getStringCellValue());
          }
        }
      }
      assertThat(texts).contains("'@SUM(1)", "'" + ExportFixture.HYPERLINK);
      assertThat(texts).noneMatch(t -> t.startsWith("=") || t.startsWith("+") || t.startsWith("@"));
    }
  }

  @Test
  void documentsTheExportsAndTheirFiltersInOpenApi() throws Exception {
    String json =
        mvc.perform(get("/v3/api-docs"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();

    for (String path :
        List.of(
            "registry.csv", "registry.xlsx", "presence.csv", "presence.xlsx", "presence.geojson")) {
      assertThat((Object) JsonPath.read(json, "$.paths['/api/v1/exports/" + path + "'].get"))
          .isNotNull();
    }
    assertThat(
            (List<String>)
                JsonPath.read(
                    json, "$.paths['/api/v1/exports/registry.csv'].get.parameters[*].name"))
        .contains("q", "organisation", "pcode", "year");
    assertThat(
            (List<String>)
                JsonPath.read(
                    json, "$.paths['/api/v1/exports/presence.geojson'].get.parameters[*].name"))
        .contains("level", "year", "from", "to", "includeDrafts");
    assertThat((Object) JsonPath.read(json, "$.paths['/api/v1/imports/template.xlsx'].get"))
        .isNotNull();
  }

  private static CSVRecord row(List<CSVRecord> records, String tag, String value) {
    int column = records.get(1).toList().indexOf(tag);
    return records.stream().filter(r -> r.get(column).equals(value)).findFirst().orElseThrow();
  }
}
