package sn.convergence.context;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import sn.convergence.geography.PCode;
import sn.convergence.support.PlatformTest;

/** CSV and XLSX uploads of context values, in years no other test uses (2040s). */
@PlatformTest
class ContextUploadIntegrationTest {

  @Autowired MockMvc mvc;
  @Autowired ContextIndicators context;

  @Test
  @WithMockUser(roles = "COORDINATOR")
  void loadsValuesKeyedByPcodeOrByName() throws Exception {
    String csv =
        "indicator,pcode,name,year,value,source\n"
            + "POPULATION,SN0701,,2041,312000,ANSD\n"
            + "POPULATION,,Médina Yoro Foulah,2041,180500.5,ANSD\n"
            + "POVERTY_RATE,,Ranerou,2041,61.2,EHCVM\n";

    mvc.perform(multipart("/api/v1/context").file(file(csv)).with(csrf()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.values").value(3))
        .andExpect(jsonPath("$.years.POPULATION[0]").value(2041));

    assertThat(context.byUnit("POPULATION", 2041).get(PCode.of("SN0701")))
        .singleElement()
        .extracting(ContextValue::value)
        .isEqualTo(312000.0);
    assertThat(context.byUnit("POPULATION", 2041)).containsKey(PCode.of("SN0702"));
    assertThat(context.byUnit("POVERTY_RATE", 2041)).containsKey(PCode.of("SN0903"));
  }

  @Test
  @WithMockUser(roles = "ADMIN")
  void readsSemicolonFilesWithDecimalCommas() throws Exception {
    String csv = "\uFEFFIndicator;PCode;Year;Value;Source\nPOVERTY_RATE;SN0101;2042;12,5;EHCVM\n";

    mvc.perform(multipart("/api/v1/context").file(file(csv)).with(csrf()))
        .andExpect(status().isOk());

    assertThat(context.byUnit("POVERTY_RATE", 2042).get(PCode.of("SN0101")))
        .singleElement()
        .extracting(ContextValue::value)
        .isEqualTo(12.5);
  }

  @Test
  @WithMockUser(roles = "ADMIN")
  void refusesTheWholeFileAndListsEveryBadRow() throws Exception {
    String csv =
        "indicator,pcode,name,year,value,source\n"
            + "POPULATION,SN0701,,2043,1000,ANSD\n"
            + "NOT_AN_INDICATOR,SN0701,,2043,1000,ANSD\n"
            + "POPULATION,SN9999,,2043,1000,ANSD\n"
            + "POPULATION,,Atlantis,2043,1000,ANSD\n"
            + "POPULATION,SN0702,,20x3,many,\n";

    mvc.perform(multipart("/api/v1/context").file(file(csv)).with(csrf()))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
        .andExpect(jsonPath("$.errors.length()").value(6))
        .andExpect(jsonPath("$.errors[0].field").value("rows[3].indicator"))
        .andExpect(jsonPath("$.errors[0].code").value("unknown_indicator"))
        .andExpect(jsonPath("$.errors[1].field").value("rows[4].pcode"))
        .andExpect(jsonPath("$.errors[2].field").value("rows[5].name"))
        .andExpect(jsonPath("$.errors[3].field").value("rows[6].year"))
        .andExpect(jsonPath("$.errors[4].field").value("rows[6].value"))
        .andExpect(jsonPath("$.errors[5].field").value("rows[6].source"));

    assertThat(context.values("POPULATION", 2043)).as("nothing saved").isEmpty();
  }

  @Test
  @WithMockUser(roles = "ADMIN")
  void refusesAFileWithoutTheRequiredColumns() throws Exception {
    mvc.perform(
            multipart("/api/v1/context")
                .file(file("indicator,year\nPOPULATION,2044\n"))
                .with(csrf()))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].code").value("missing_column"));
  }

  @Test
  @WithMockUser(roles = "PARTNER")
  void refusesPartners() throws Exception {
    String csv = "indicator,pcode,year,value,source\nPOPULATION,SN0701,2045,1,ANSD\n";

    mvc.perform(multipart("/api/v1/context").file(file(csv)).with(csrf()))
        .andExpect(status().isForbidden());
  }

  private static MockMultipartFile file(String csv) {
    return new MockMultipartFile(
        "file", "context.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  @WithMockUser(roles = "COORDINATOR")
  void loadsAWorkbookWithTheSameValuesAsTheEquivalentCsv() throws Exception {
    String csv =
        "indicator,pcode,name,year,value,source\n"
            + "POPULATION,SN0701,,2046,312000,ANSD\n"
            + "POPULATION,,Médina Yoro Foulah,2046,180500.5,ANSD\n"
            + "POVERTY_RATE,,Ranerou,2046,61.2,EHCVM\n";
    mvc.perform(multipart("/api/v1/context").file(file(csv)).with(csrf()))
        .andExpect(status().isOk());
    byte[] workbook =
        workbook(
            row("Indicator", "PCode", "Name", "Year", "Value", "Source"),
            row("POPULATION", "SN0701", null, 2047, 312000, "ANSD"),
            row(),
            row("POPULATION", null, "Médina Yoro Foulah", "2047", "180500.5", "ANSD"),
            row("POVERTY_RATE", null, "Ranerou", 2047, formula("10*6", 61.2), "EHCVM"));

    mvc.perform(
            multipart("/api/v1/context")
                .file(
                    new MockMultipartFile(
                        "file", "indicateurs", "application/octet-stream", workbook))
                .with(csrf()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.values").value(3))
        .andExpect(jsonPath("$.years.POVERTY_RATE[0]").value(2047));

    for (String indicator : List.of("POPULATION", "POVERTY_RATE")) {
      assertThat(withoutYear(context.values(indicator, 2047)))
          .as(indicator + ": the cached result of a formula, never its evaluation")
          .isNotEmpty()
          .isEqualTo(withoutYear(context.values(indicator, 2046)));
    }
  }

  @Test
  @WithMockUser(roles = "ADMIN")
  void refusesATruncatedWorkbookWithAClearProblemAndSavesNothing() throws Exception {
    byte[] whole =
        workbook(
            row("indicator", "pcode", "year", "value", "source"),
            row("POPULATION", "SN0701", 2048, 1000, "ANSD"));
    byte[] truncated = Arrays.copyOf(whole, whole.length / 2);

    mvc.perform(
            multipart("/api/v1/context")
                .file(new MockMultipartFile("file", "context.xlsx", XLSX, truncated))
                .with(csrf()))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
        .andExpect(jsonPath("$.errors.length()").value(1))
        .andExpect(jsonPath("$.errors[0].field").value("file"))
        .andExpect(jsonPath("$.errors[0].code").value("unreadable"))
        .andExpect(
            jsonPath("$.errors[0].message")
                .value(org.hamcrest.Matchers.startsWith("Not a readable XLSX workbook")))
        .andExpect(
            jsonPath("$.errors[0].message")
                .value(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("/"))));
    mvc.perform(
            multipart("/api/v1/context")
                .file(new MockMultipartFile("file", "context.xlsx", XLSX, "not a zip".getBytes()))
                .with(csrf()))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].code").value("unreadable"));

    assertThat(context.values("POPULATION", 2048)).as("nothing saved").isEmpty();
  }

  @Test
  @WithMockUser(roles = "ADMIN")
  void reportsANonNumericValueInAWorkbookAsInACsvFile() throws Exception {
    String csv = "indicator,pcode,year,value,source\nPOPULATION,SN0701,2049,many,ANSD\n";
    byte[] workbook =
        workbook(
            row("indicator", "pcode", "year", "value", "source"),
            row("POPULATION", "SN0701", 2049, "many", "ANSD"));

    String fromCsv =
        mvc.perform(multipart("/api/v1/context").file(file(csv)).with(csrf()))
            .andExpect(status().isBadRequest())
            .andReturn()
            .getResponse()
            .getContentAsString();
    String fromWorkbook =
        mvc.perform(
                multipart("/api/v1/context")
                    .file(new MockMultipartFile("file", "context.xlsx", XLSX, workbook))
                    .with(csrf()))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[0].field").value("rows[2].value"))
            .andExpect(jsonPath("$.errors[0].code").value("invalid_value"))
            .andExpect(jsonPath("$.errors[0].message").value("Not a number: many"))
            .andReturn()
            .getResponse()
            .getContentAsString();

    assertThat(errors(fromWorkbook)).isEqualTo(errors(fromCsv));
    assertThat(context.values("POPULATION", 2049)).as("nothing saved").isEmpty();
  }

  @Test
  @WithMockUser(roles = "ADMIN")
  void refusesAWorkbookThatWouldExpandBeyondTheSafetyLimits() throws Exception {
    byte[] model =
        workbook(
            row("indicator", "pcode", "year", "value", "source"),
            row("POPULATION", "SN0701", 2048, 1000, "ANSD"));
    ByteArrayOutputStream bomb = new ByteArrayOutputStream();
    try (ZipInputStream source = new ZipInputStream(new ByteArrayInputStream(model));
        ZipOutputStream zip = new ZipOutputStream(bomb)) {
      for (ZipEntry entry = source.getNextEntry(); entry != null; entry = source.getNextEntry()) {
        zip.putNextEntry(new ZipEntry(entry.getName()));
        if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
          writeHugeSheet(zip);
        } else {
          source.transferTo(zip);
        }
        zip.closeEntry();
      }
    }
    assertThat(bomb.size()).isLessThan(300_000);

    mvc.perform(
            multipart("/api/v1/context")
                .file(new MockMultipartFile("file", "bomb.xlsx", XLSX, bomb.toByteArray()))
                .with(csrf()))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("file"))
        .andExpect(jsonPath("$.errors[0].code").value("too_large"));
    assertThat(context.values("POPULATION", 2048)).as("nothing saved").isEmpty();
  }

  /** A sheet of 64 MB that compresses about a thousand times. */
  private static void writeHugeSheet(OutputStream zip) throws IOException {
    zip.write(
        "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
            .getBytes(StandardCharsets.UTF_8));
    byte[] spaces = new byte[1024 * 1024];
    Arrays.fill(spaces, (byte) ' ');
    for (int i = 0; i < 64; i++) {
      zip.write(spaces);
    }
    zip.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
  }

  private static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  /** A cell holding a formula and the result Excel would have cached for it. */
  private record Formula(String formula, double cached) {}

  private static Formula formula(String formula, double cached) {
    return new Formula(formula, cached);
  }

  private static Object[] row(Object... cells) {
    return cells;
  }

  /** One sheet, a row per array: numbers as numeric cells, text as text, null as no cell. */
  private static byte[] workbook(Object[]... rows) throws IOException {
    try (XSSFWorkbook book = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = book.createSheet("Indicateurs");
      for (int r = 0; r < rows.length; r++) {
        Row row = sheet.createRow(r);
        for (int c = 0; c < rows[r].length; c++) {
          Object value = rows[r][c];
          if (value instanceof Number number) {
            row.createCell(c).setCellValue(number.doubleValue());
          } else if (value instanceof Formula f) {
            Cell cell = row.createCell(c);
            cell.setCellFormula(f.formula());
            cell.setCellValue(f.cached());
          } else if (value != null) {
            row.createCell(c).setCellValue(value.toString());
          }
        }
      }
      book.write(out);
      return out.toByteArray();
    }
  }

  private static List<String> withoutYear(List<ContextValue> values) {
    return values.stream()
        .map(v -> v.indicator() + "|" + v.pcode().value() + "|" + v.value() + "|" + v.source())
        .sorted()
        .toList();
  }

  private static Object errors(String problem) {
    return com.jayway.jsonpath.JsonPath.read(problem, "$.errors");
  }
}
