package sn.convergence.maps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import sn.convergence.actors.OrganisationDraft;
import sn.convergence.actors.OrganisationId;
import sn.convergence.actors.OrganisationType;
import sn.convergence.actors.Organisations;
import sn.convergence.context.ContextIndicators;
import sn.convergence.context.ContextValue;
import sn.convergence.geography.PCode;
import sn.convergence.registry.BeneficiaryUnit;
import sn.convergence.registry.CoverageDraft;
import sn.convergence.registry.InterventionDraft;
import sn.convergence.registry.Interventions;
import sn.convergence.registry.ParticipantDraft;
import sn.convergence.registry.ParticipantRole;
import sn.convergence.registry.Period;
import sn.convergence.support.PlatformTest;

/**
 * The layer API, the map page and its exports over data seeded in years no other test uses (2031 to
 * 2033): Kolda (SN0701) has 500 households reached in 2033 by an intervention of MAP-ORG, its
 * population is known for 2033 and its poverty rate only for 2031.
 */
@PlatformTest
@WithMockUser(roles = "ADMIN")
class MapIntegrationTest {

  @Autowired MockMvc mvc;
  @Autowired Interventions interventions;
  @Autowired Organisations organisations;
  @Autowired ContextIndicators context;

  @BeforeEach
  void seed() {
    if (interventions.findByCode("MAP-KOLDA").isPresent()) {
      return;
    }
    OrganisationId org =
        organisations
            .create(OrganisationDraft.of("MAP-ORG", "Map test org", OrganisationType.NATIONAL_NGO))
            .id();
    interventions.create(
        new InterventionDraft(
            "MAP-KOLDA",
            "Map test",
            null,
            List.of("FAMILY_GRANT"),
            "CASH",
            null,
            null,
            null,
            null,
            null,
            "ONGOING",
            null,
            null,
            List.of(ParticipantDraft.of(org, ParticipantRole.IMPLEMENTER)),
            List.of(
                CoverageDraft.of(
                    PCode.of("SN0701"),
                    Period.parse("2033"),
                    600L,
                    500L,
                    BeneficiaryUnit.HOUSEHOLDS,
                    25_000_000L,
                    "test"),
                CoverageDraft.of(
                    PCode.of("SN0702"),
                    Period.parse("2033"),
                    100L,
                    100L,
                    BeneficiaryUnit.HOUSEHOLDS,
                    1_000_000L,
                    "test")),
            "test",
            true));
    context.save(
        List.of(
            new ContextValue("POPULATION", PCode.of("SN0701"), 2033, 100_000, "test", false),
            new ContextValue("POVERTY_RATE", PCode.of("SN0701"), 2031, 50, "test", false),
            new ContextValue("CMU_COVERAGE", PCode.of("SN0101"), 2032, 10, "test", false),
            new ContextValue("CMU_COVERAGE", PCode.of("SN0201"), 2032, 20, "test", false),
            new ContextValue("CMU_COVERAGE", PCode.of("SN0301"), 2032, 30, "test", false),
            new ContextValue("CMU_COVERAGE", PCode.of("SN0401"), 2032, 40, "test", false),
            new ContextValue("CMU_COVERAGE", PCode.of("SN0501"), 2032, 50, "test", false)));
  }

  @Test
  void computesCoveragePerThousandPoorPeopleAndSaysWhichYearsItUsed() throws Exception {
    // Poor people in Kolda: 100,000 (2033) x 50 % (2031) = 50,000; 500 households -> 10 per 1,000.
    mvc.perform(
            get("/api/v1/map/layer")
                .param("measure", "COVERAGE_POOR")
                .param("unit", "HOUSEHOLDS")
                .param("year", "2033"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.units.length()").value(46))
        .andExpect(jsonPath("$.units[?(@.pcode=='SN0701')].value").value(10.0))
        .andExpect(jsonPath("$.units[?(@.pcode=='SN0702')].colour").value("#bdbdbd"))
        .andExpect(jsonPath("$.years[?(@.indicator=='POPULATION')].year").value(2033))
        .andExpect(jsonPath("$.years[?(@.indicator=='POVERTY_RATE')].year").value(2031))
        .andExpect(jsonPath("$.yearsDiffer").value(true));

    String page =
        mvc.perform(
                get("/map")
                    .param("measure", "COVERAGE_POOR")
                    .param("unit", "HOUSEHOLDS")
                    .param("year", "2033"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page)
        .contains(
            "Valeurs de contexte utilisées : Population 2033, Incidence de la pauvreté 2031"
                + " (dernières années disponibles à ou avant 2033).");
  }

  @Test
  void classifiesAContextIndicatorAndBuildsTheLegendFromHandComputedBreaks() throws Exception {
    // 10, 20, 30, 40, 50 in four equal intervals of 10: [10,20] (10,30]... two values in the first.
    mvc.perform(
            get("/api/v1/map/layer")
                .param("measure", "context:CMU_COVERAGE")
                .param("year", "2032")
                .param("method", "EQUAL_INTERVALS")
                .param("classes", "4")
                .param("lang", "en"))
        .andExpect(status().isOk())
        .andExpect(
            jsonPath("$.breaks")
                .value(org.hamcrest.Matchers.contains(10.0, 20.0, 30.0, 40.0, 50.0)))
        .andExpect(jsonPath("$.legend[0].label").value("10 – 20"))
        .andExpect(jsonPath("$.legend[0].count").value(2))
        .andExpect(jsonPath("$.legend[1].label").value("21 – 30"))
        .andExpect(jsonPath("$.legend[3].count").value(1))
        .andExpect(jsonPath("$.legend[0].colour").value("#ffffcc"))
        .andExpect(jsonPath("$.legend[3].colour").value("#225ea8"))
        .andExpect(jsonPath("$.units[?(@.pcode=='SN0301')].classIndex").value(1))
        .andExpect(jsonPath("$.units[?(@.pcode=='SN0701')].colour").value("#bdbdbd"))
        .andExpect(jsonPath("$.measureLabel").value("Health-risk coverage (CMU)"))
        .andExpect(
            jsonPath("$.yearNote").value("Context values used: Health-risk coverage (CMU) 2032."));
  }

  @Test
  void filtersTheLayerByOrganisation() throws Exception {
    mvc.perform(
            get("/api/v1/map/layer")
                .param("measure", "INTERVENTIONS")
                .param("year", "2033")
                .param("organisation", "MAP-ORG"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.units[?(@.pcode=='SN0701')].value").value(1.0))
        .andExpect(jsonPath("$.units[?(@.pcode=='SN0101')].value").value(0.0));
    mvc.perform(get("/api/v1/map/layer").param("year", "2033").param("organisation", "NO-SUCH-ORG"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.units[?(@.pcode=='SN0701')].value").value(0.0));
  }

  @Test
  void exportsTheViewAsSvgWithSymbolsWhenNoBoundariesAreLoaded() throws Exception {
    String svg =
        mvc.perform(
                get("/map/export.svg")
                    .param("measure", "INTERVENTIONS")
                    .param("year", "2033")
                    .param("level", "REGION"))
            .andExpect(status().isOk())
            .andExpect(content().contentTypeCompatibleWith("image/svg+xml"))
            .andReturn()
            .getResponse()
            .getContentAsString();

    assertThat(svg).startsWith("<svg").contains("<circle data-pcode=\"SN07\"");
    assertThat(svg.split("<circle ", -1)).hasSize(15);
  }

  @Test
  void opensTheUnitSummaryForTheSidePanel() throws Exception {
    String html =
        mvc.perform(get("/map/panel/SN0701").param("year", "2033"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();

    assertThat(html).contains("Kolda").contains("MAP-KOLDA").contains("/units/SN0701?year=2033");
    assertThat(html).doesNotContain("<html");
  }

  @Test
  void keepsTheStateOfTheMapInItsLinks() throws Exception {
    String page =
        mvc.perform(
                get("/map")
                    .param("level", "REGION")
                    .param("year", "2033")
                    .param("measure", "ACTORS")
                    .param("method", "NATURAL_BREAKS")
                    .param("family", "CASH_TRANSFER"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();

    assertThat(page)
        .contains(
            "/map/export.svg?level=REGION&amp;year=2033&amp;measure=ACTORS&amp;method=NATURAL_BREAKS"
                + "&amp;family=CASH_TRANSFER");
    assertThat(page).contains("<option value=\"NATURAL_BREAKS\" selected=\"selected\"");
    assertThat(page).doesNotContain("style=\"");
  }

  @Test
  void drawsASecondMeasureAsProportionalSymbolsWithReferenceSizes() throws Exception {
    // Households reached in 2033: Kolda 500 (the largest, 22 px), Médina Yoro Foulah 100: a fifth
    // of
    // the area, 22 x sqrt(0.2) = 9.84 px. Legend: 500, a quarter 125 -> 100, a sixteenth 31 -> 25.
    mvc.perform(
            get("/api/v1/map/layer")
                .param("measure", "INTERVENTIONS")
                .param("measure2", "BENEFICIARIES")
                .param("unit", "HOUSEHOLDS")
                .param("year", "2033")
                .param("organisation", "MAP-ORG"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.measureLabel").value("Interventions présentes"))
        .andExpect(jsonPath("$.symbols.measure").value("BENEFICIARIES"))
        .andExpect(jsonPath("$.symbols.measureLabel").value("Bénéficiaires atteints – Ménages"))
        .andExpect(jsonPath("$.symbols.maxValue").value(500.0))
        .andExpect(jsonPath("$.symbols.units.length()").value(46))
        .andExpect(jsonPath("$.symbols.units[?(@.pcode=='SN0701')].radius").value(22.0))
        .andExpect(
            jsonPath("$.symbols.units[?(@.pcode=='SN0702')].radius")
                .value(org.hamcrest.Matchers.contains(org.hamcrest.Matchers.closeTo(9.839, 0.001))))
        .andExpect(jsonPath("$.symbols.units[?(@.pcode=='SN0101')].radius").value(0.0))
        .andExpect(
            jsonPath("$.symbols.legend[*].value")
                .value(org.hamcrest.Matchers.contains(500.0, 100.0, 25.0)))
        .andExpect(jsonPath("$.symbols.legend[0].label").value("500"));
    mvc.perform(get("/api/v1/map/layer").param("year", "2033"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.symbols").doesNotExist());
  }

  @Test
  void listsBothMeasuresOfTheMapInTheFactSheet() throws Exception {
    String html =
        mvc.perform(
                get("/map/panel/SN0701")
                    .param("year", "2033")
                    .param("measure", "COVERAGE_POOR")
                    .param("measure2", "BENEFICIARIES")
                    .param("unit", "HOUSEHOLDS"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();

    assertThat(html)
        .contains("Sur la carte")
        .contains("Couverture pour 1 000 personnes pauvres – Ménages")
        .contains(">10<")
        .contains("Bénéficiaires atteints – Ménages")
        .contains(">500<");
  }

  @Test
  void exportsTheSecondMeasureInTheSvg() throws Exception {
    String svg =
        mvc.perform(
                get("/map/export.svg")
                    .param("measure", "INTERVENTIONS")
                    .param("measure2", "BENEFICIARIES")
                    .param("year", "2033"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);

    // No boundaries in this database: one circle per department, sized by the second measure.
    assertThat(svg).contains("<circle data-pcode=\"SN0701\"").contains("r=\"22.0\"");
    assertThat(svg)
        .contains("Bénéficiaires atteints – Ménages")
        .contains("class=\"legend-symbol\"");
  }
}
