package sn.convergence.context;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import sn.convergence.geography.PCode;
import sn.convergence.support.PlatformTest;

/** CSV uploads of context values, in years no other test uses (2040s). */
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
}
