package sn.convergence.context;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import sn.convergence.geography.PCode;

/**
 * Context indicators: several sources per figure, replacement per source, latest year served. Run
 * on H2 by {@link ContextIndicatorsIntegrationTest} and on PostgreSQL by {@link
 * ContextIndicatorsPostgresIntegrationTest}.
 */
abstract class ContextIndicatorsContract {

  @Autowired ContextIndicators context;
  @Autowired MockMvc mvc;

  @Test
  void keepsBothSourcesOfOneFigureInsteadOfAveraging() {
    PCode kolda = PCode.of("SN0701");
    context.save(
        List.of(
            new ContextValue("POVERTY_RATE", kolda, 2021, 48.2, "EHCVM 2021/22", false),
            new ContextValue("POVERTY_RATE", kolda, 2021, 48.3, "Rapport régional", false)));

    assertThat(context.byUnit("POVERTY_RATE", 2021).get(kolda))
        .extracting(ContextValue::value)
        .containsExactlyInAnyOrder(48.2, 48.3);
  }

  @Test
  void replacesAValueFromTheSameSource() {
    PCode matam = PCode.of("SN0902");
    context.save(List.of(new ContextValue("POPULATION", matam, 2015, 100, "ANSD", false)));
    context.save(List.of(new ContextValue("POPULATION", matam, 2015, 120, "ANSD", false)));

    assertThat(context.byUnit("POPULATION", 2015).get(matam))
        .singleElement()
        .extracting(ContextValue::value)
        .isEqualTo(120.0);
  }

  @Test
  void servesTheLatestYearAtOrBeforeTheOneAskedAndSaysWhichYear() throws Exception {
    context.save(List.of(new ContextValue("SCHOOLS", PCode.of("SN0601"), 2018, 75, "MEN", false)));

    mvc.perform(get("/api/v1/context").param("indicator", "SCHOOLS").param("year", "2020"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.year").value(2018))
        .andExpect(jsonPath("$.requestedYear").value(2020))
        .andExpect(jsonPath("$.values[0].pcode").value("SN0601"));
  }

  @Test
  void answersAnUnknownIndicatorWith404() throws Exception {
    mvc.perform(get("/api/v1/context").param("indicator", "NOPE").param("year", "2020"))
        .andExpect(status().isNotFound());
  }
}
