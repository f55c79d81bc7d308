package sn.convergence.ingest.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import sn.convergence.geography.PCode;
import sn.convergence.ingest.ExchangeColumn;
import sn.convergence.ingest.IssueCode;
import sn.convergence.ingest.SpreadsheetStaging;
import sn.convergence.ingest.StagedRow;
import sn.convergence.ingest.export.ExchangeFiles;
import sn.convergence.support.PlatformTest;

/** The template downloads anonymously and reads back through the import's own stages. */
@PlatformTest
class TemplateApiIntegrationTest {

  @Autowired MockMvc mvc;

  @TempDir Path dir;

  private byte[] download(String path, String contentType, String fileName) throws Exception {
    return mvc.perform(get(path))
        .andExpect(status().isOk())
        .andExpect(header().string("Content-Type", contentType))
        .andExpect(
            header()
                .string(
                    "Content-Disposition",
                    org.hamcrest.Matchers.containsString("attachment; filename=\"" + fileName)))
        .andReturn()
        .getResponse()
        .getContentAsByteArray();
  }

  private byte[] xlsx() throws Exception {
    return download(
        "/api/v1/imports/template.xlsx",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "modele-import-convergence.xlsx");
  }

  @Test
  void xlsxTemplateMapsEveryColumnByItsTagAndItsExampleStagesAsValid() throws Exception {
    Path file = ExchangeFiles.save(dir, "modele.xlsx", xlsx());

    Map<String, ExchangeFiles.SheetMapping> mappings = ExchangeFiles.mappings(file);
    SpreadsheetStaging.Preview preview = ExchangeFiles.stage(file);

    assertThat(mappings.keySet()).containsExactly("Données", "Listes", "Instructions");
    assertThat(mappings.get("Données").mapsEveryExchangeColumnByItsTag()).isTrue();
    assertThat(mappings.get("Listes").mapping()).isNull();
    assertThat(mappings.get("Instructions").mapping()).isNull();
    assertThat(preview.rows()).hasSize(1);
    StagedRow example = preview.rows().get(0);
    assertThat(example.isValid()).as(example.issues().toString()).isTrue();
    assertThat(example.rowNumber()).isEqualTo(3);
    assertThat(example.adm2().pcodes()).containsExactly(PCode.of("SN0101"));
    assertThat(example.period().year()).isNotNull();
    assertThat(example.unit()).isEqualTo("HOUSEHOLDS");
    assertThat(example.value().value()).isEqualByComparingTo("92000000");
    assertThat(example.unitTransfer().value()).isEqualByComparingTo("80000");
    assertThat(example.issues())
        .extracting(sn.convergence.ingest.Issue::code)
        .doesNotContain(IssueCode.BUDGET_TRANSFER_MISMATCH);
    assertThat(preview.report().count(IssueCode.NO_HEADER)).isEqualTo(2);
  }

  @Test
  void xlsxTemplateOffersDropDownListsOnTheCodedColumns() throws Exception {
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx()))) {
      Sheet data = book.getSheet(TemplateWorkbook.DATA_SHEET);
      assertThat(data.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 2);
      assertThat(data.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Code intervention");
      assertThat(data.getRow(1).getCell(0).getStringCellValue()).isEqualTo("#activity +code");
      Map<Integer, String> lists = new java.util.HashMap<>();
      for (DataValidation validation : data.getDataValidations()) {
        for (CellRangeAddress range : validation.getRegions().getCellRangeAddresses()) {
          assertThat(range.getFirstRow()).isEqualTo(2);
          assertThat(range.getLastRow()).isEqualTo(TemplateWorkbook.DATA_ROWS + 1);
          assertThat(validation.getErrorStyle()).isEqualTo(DataValidation.ErrorStyle.WARNING);
          String formula = validation.getValidationConstraint().getFormula1();
          String[] explicit = validation.getValidationConstraint().getExplicitListValues();
          lists.put(range.getFirstColumn(), formula != null ? formula : String.join(",", explicit));
        }
      }
      assertThat(lists)
          .containsEntry(ExchangeColumn.TYPE.ordinal(), "Types")
          .containsEntry(ExchangeColumn.TARGET_GROUPS.ordinal(), "GroupesCibles")
          .containsEntry(ExchangeColumn.UNIT.ordinal(), "Unites")
          .containsEntry(ExchangeColumn.ADM1_CODE.ordinal(), "RegionsCodes")
          .containsEntry(ExchangeColumn.ADM1_NAME.ordinal(), "RegionsNoms")
          .containsEntry(ExchangeColumn.ADM2_CODE.ordinal(), "DepartementsCodes")
          .containsEntry(ExchangeColumn.ADM2_NAME.ordinal(), "DepartementsNoms")
          .containsEntry(ExchangeColumn.STATUS.ordinal(), "Statuts")
          .containsEntry(ExchangeColumn.COUNTRY.ordinal(), "\"SN\"");
      assertThat(values(book, "Types")).contains("FAMILY_GRANT", "SCHOOL_CANTEEN");
      assertThat(values(book, "Unites")).contains("HOUSEHOLDS", "PEOPLE", "PUPILS");
      assertThat(values(book, "GroupesCibles")).contains("EXTREMELY_POOR_HOUSEHOLDS");
      assertThat(values(book, "RegionsCodes")).hasSize(14).contains("SN09");
      assertThat(values(book, "RegionsNoms")).contains("Matam", "Kédougou");
      assertThat(values(book, "DepartementsCodes")).hasSize(46).contains("SN0901");
      assertThat(values(book, "DepartementsNoms")).contains("Kanel", "Keur Massar");
      assertThat(values(book, "Statuts"))
          .containsExactly("PLANNED", "ONGOING", "COMPLETED", "SUSPENDED");
    }
  }

  @Test
  void xlsxTemplateExplainsEveryColumnInFrenchThenEnglish() throws Exception {
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx()))) {
      Sheet sheet = book.getSheet(TemplateWorkbook.INSTRUCTIONS_SHEET);
      List<String> texts = new ArrayList<>();
      sheet.forEach(row -> row.forEach(cell -> texts.add(cell.getStringCellValue())));
      String all = String.join("\n", texts);

      for (ExchangeColumn column : ExchangeColumn.values()) {
        assertThat(texts).contains(column.headerFr(), column.headerEn(), column.hxl());
      }
      assertThat(all).contains("Lignes nationales", "National rows", "Matam/Podor");
      assertThat(all.indexOf("Lignes nationales")).isLessThan(all.indexOf("National rows"));
      assertThat(all).doesNotContain("template.");
    }
  }

  @Test
  void csvTemplateIsUtf8WithABomAndTheHeaderAndHashtagRows() throws Exception {
    byte[] body =
        download(
            "/api/v1/imports/template.csv",
            "text/csv;charset=UTF-8",
            "modele-import-convergence.csv");

    assertThat(Arrays.copyOf(body, 3)).containsExactly(0xEF, 0xBB, 0xBF);
    String[] lines = new String(body, 3, body.length - 3, StandardCharsets.UTF_8).split("\r\n");
    assertThat(lines).hasSize(2);
    assertThat(lines[0]).startsWith("Code intervention,Intervention,Organisation");
    Path file = ExchangeFiles.save(dir, "modele.csv", body);
    assertThat(ExchangeFiles.mappings(file).get("modele.csv").mapsEveryExchangeColumnByItsTag())
        .isTrue();
    assertThat(ExchangeFiles.stage(file).rows()).isEmpty();
  }

  private static List<String> values(XSSFWorkbook book, String rangeName) {
    Name name = book.getName(rangeName);
    AreaReference area = new AreaReference(name.getRefersToFormula(), book.getSpreadsheetVersion());
    Sheet sheet = book.getSheet(area.getFirstCell().getSheetName());
    List<String> values = new ArrayList<>();
    for (CellReference ref : area.getAllReferencedCells()) {
      values.add(sheet.getRow(ref.getRow()).getCell(ref.getCol()).getStringCellValue());
    }
    return values;
  }
}
