package sn.convergence.registry;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import sn.convergence.support.PlatformTest;

@PlatformTest
class TaxonomyApiIntegrationTest {

  @Autowired MockMvc mvc;

  @Test
  void servesFamiliesWithTypesInBothLanguages() throws Exception {
    mvc.perform(get("/api/v1/taxonomy"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.families[0].code").value("CASH_TRANSFER"))
        .andExpect(jsonPath("$.families[0].types[0].code").value("FAMILY_GRANT"))
        .andExpect(jsonPath("$.families[0].types[0].dacSector").value("16010"))
        .andExpect(
            jsonPath("$.families[0].types[0].label.fr")
                .value("Bourses de sécurité familiale (PNBSF)"))
        .andExpect(jsonPath("$.families[1].types[0].label.en").value("School canteens (meals)"))
        .andExpect(jsonPath("$.targetGroups[*].code", hasItem("PERSONS_WITH_DISABILITIES")))
        .andExpect(jsonPath("$.units[0].label.fr").value("Ménages"))
        .andExpect(jsonPath("$.units[0].label.en").value("Households"));
  }

  @Test
  void documentsTheRegistryEndpointsInOpenApi() throws Exception {
    mvc.perform(get("/v3/api-docs"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.paths", hasKey("/api/v1/interventions")))
        .andExpect(jsonPath("$.paths", hasKey("/api/v1/interventions/{id}")))
        .andExpect(jsonPath("$.paths", hasKey("/api/v1/organisations")))
        .andExpect(jsonPath("$.paths", hasKey("/api/v1/presence")))
        .andExpect(jsonPath("$.paths", hasKey("/api/v1/taxonomy")))
        .andExpect(jsonPath("$.tags[*].name", hasItem("Presence")));
  }
}
