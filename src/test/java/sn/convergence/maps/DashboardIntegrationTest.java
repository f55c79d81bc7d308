package sn.convergence.maps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
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
import sn.convergence.geography.PCode;
import sn.convergence.registry.BeneficiaryUnit;
import sn.convergence.registry.CoverageDraft;
import sn.convergence.registry.InterventionDraft;
import sn.convergence.registry.Interventions;
import sn.convergence.registry.ParticipantDraft;
import sn.convergence.registry.ParticipantRole;
import sn.convergence.registry.Period;
import sn.convergence.support.PlatformTest;

/** The dashboard over two interventions seeded in 2034 (a year no other test uses). */
@PlatformTest
@WithMockUser(roles = "ADMIN")
class DashboardIntegrationTest {

  @Autowired MockMvc mvc;
  @Autowired Interventions interventions;
  @Autowired Organisations organisations;
  @Autowired Dashboard dashboard;

  @BeforeEach
  void seed() {
    if (interventions.findByCode("DASH-A").isPresent()) {
      return;
    }
    OrganisationId wide = org("DASH-WIDE");
    OrganisationId local = org("=DASH-LOCAL");
    create("DASH-A", List.of("FAMILY_GRANT", "SCHOOL_CANTEEN"), wide, "SN0701", "SN0702", "SN0101");
    create("DASH-B", List.of("FAMILY_GRANT"), local, "SN0701");
  }

  @Test
  void countsInterventionsPerDepartmentAndTypeAndRanksActorsByPresence() {
    DashboardData data = dashboard.of(2034);

    DashboardData.MatrixRow kolda =
        data.matrix().rows().stream()
            .filter(r -> r.pcode().equals("SN0701"))
            .findFirst()
            .orElseThrow();
    assertThat(data.matrix().types()).containsExactly("FAMILY_GRANT", "SCHOOL_CANTEEN");
    assertThat(kolda.counts()).containsExactly(2, 1);
    assertThat(data.matrix().max()).isEqualTo(2);
    assertThat(data.actors())
        .extracting(DashboardData.ActorPresence::acronym)
        .containsExactly("DASH-WIDE", "=DASH-LOCAL");
    assertThat(data.actors().get(0).departments()).isEqualTo(3);
    assertThat(data.actors().get(0).regions()).isEqualTo(2);
    assertThat(data.totals().interventionCount()).isEqualTo(2);
  }

  @Test
  void showsTheDashboardWithChartsAsImagesAndHeatClasses() throws Exception {
    String html =
        mvc.perform(get("/dashboard").param("year", "2034"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();

    assertThat(html).contains("/dashboard/regions.svg?year=2034&amp;measure=INTERVENTIONS");
    assertThat(html).contains("class=\"heat-4\"").contains("/dashboard/matrix.csv?year=2034");
    assertThat(html).doesNotContain("style=\"");
    mvc.perform(get("/dashboard/regions.svg").param("year", "2034").param("measure", "BUDGET"))
        .andExpect(status().isOk())
        .andExpect(content().contentTypeCompatibleWith("image/svg+xml"))
        .andExpect(content().string(org.hamcrest.Matchers.containsString(">Kolda</text>")));
  }

  @Test
  void exportsEveryViewAsFormulaSafeCsv() throws Exception {
    String actors =
        mvc.perform(get("/dashboard/actors.csv").param("year", "2034"))
            .andExpect(status().isOk())
            .andExpect(content().contentTypeCompatibleWith("text/csv"))
            .andExpect(
                header()
                    .string(
                        "Content-Disposition", org.hamcrest.Matchers.containsString("attachment")))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(actors).contains("2034,2,'=DASH-LOCAL,'=DASH-LOCAL name,1,1,1");
    assertThat(
            mvc.perform(get("/dashboard/matrix.csv").param("year", "2034"))
                .andReturn()
                .getResponse()
                .getContentAsString())
        .contains("2034,SN0701,Kolda,2,1");
    mvc.perform(get("/dashboard/regions.csv").param("year", "2034")).andExpect(status().isOk());
    mvc.perform(get("/dashboard/secrets.csv")).andExpect(status().isNotFound());
  }

  private OrganisationId org(String acronym) {
    return organisations
        .create(OrganisationDraft.of(acronym, acronym + " name", OrganisationType.NATIONAL_NGO))
        .id();
  }

  private void create(String code, List<String> types, OrganisationId org, String... pcodes) {
    interventions.create(
        new InterventionDraft(
            code,
            code,
            null,
            types,
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
            java.util.Arrays.stream(pcodes)
                .map(
                    p ->
                        CoverageDraft.of(
                            PCode.of(p),
                            Period.parse("2034"),
                            10L,
                            10L,
                            BeneficiaryUnit.HOUSEHOLDS,
                            1_000_000L,
                            "test"))
                .toList(),
            "test",
            true));
  }
}
