package sn.convergence.registry.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import sn.convergence.actors.OrganisationDraft;
import sn.convergence.actors.OrganisationId;
import sn.convergence.actors.OrganisationType;
import sn.convergence.actors.Organisations;
import sn.convergence.geography.PCode;
import sn.convergence.registry.BeneficiaryUnit;
import sn.convergence.registry.CoverageDraft;
import sn.convergence.registry.Intervention;
import sn.convergence.registry.InterventionDraft;
import sn.convergence.registry.Interventions;
import sn.convergence.registry.ParticipantDraft;
import sn.convergence.registry.ParticipantRole;
import sn.convergence.registry.Period;
import sn.convergence.support.PlatformTest;

@PlatformTest
@WithMockUser(roles = "COORDINATOR")
class InterventionPagesIntegrationTest {

  private static final AtomicInteger SEQUENCE = new AtomicInteger();
  private static final char THIN = '\u202f';

  @Autowired MockMvc mvc;
  @Autowired Interventions interventions;
  @Autowired Organisations organisations;

  OrganisationId wfp;
  OrganisationId dgpsn;

  @BeforeEach
  void organisations() {
    wfp =
        organisation("PAM-PG", "Programme alimentaire mondial (pages)", OrganisationType.UN_AGENCY);
    dgpsn = organisation("DGPSN-PG", "Délégation générale (pages)", OrganisationType.GOVERNMENT);
  }

  @Test
  void listShowsMatchingInterventionsAndAFilterExcludesTheOthers() throws Exception {
    Intervention canteens =
        create("School canteens", "SCHOOL_CANTEEN", "SN0901", BeneficiaryUnit.PUPILS);
    Intervention grants =
        create("Family grants", "FAMILY_GRANT", "SN0101", BeneficiaryUnit.HOUSEHOLDS);

    String all = page(get("/interventions").param("q", "PGT"));
    assertThat(all).contains(canteens.code(), grants.code(), "Programme alimentaire mondial");

    String feeding =
        page(get("/interventions").param("family", "SCHOOL_FEEDING").param("q", "PGT"));
    assertThat(feeding).contains(canteens.code()).doesNotContain(grants.code());
    assertThat(feeding)
        .contains("Cantines scolaires (repas)", "PAM-PG (Mise en œuvre)", "En cours");

    String dakar = page(get("/interventions").param("pcode", "SN01").param("q", "PGT"));
    assertThat(dakar).contains(grants.code()).doesNotContain(canteens.code());

    String otherYear = page(get("/interventions").param("year", "2015").param("q", "PGT"));
    assertThat(otherYear).doesNotContain(canteens.code(), grants.code());
  }

  @Test
  void htmxRequestGetsOnlyTheResultsFragment() throws Exception {
    Intervention one = create("Fragment", "SCHOOL_CANTEEN", "SN0901", BeneficiaryUnit.PUPILS);
    String fragment =
        mvc.perform(get("/interventions").param("q", one.code()).header("HX-Request", "true"))
            .andExpect(status().isOk())
            .andExpect(header().stringValues("Vary", org.hamcrest.Matchers.hasItem("HX-Request")))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(fragment).contains(one.code(), "<table").doesNotContain("<html", "id=\"filters\"");

    String full = page(get("/interventions").param("q", one.code()));
    assertThat(full).contains("<html", "id=\"filters\"", "hx-get=\"/interventions\"", one.code());
  }

  @Test
  void detailShowsCoverageAndTotalsHouseholdsAndPeopleSeparately() throws Exception {
    String code = nextCode();
    Intervention mixed =
        interventions.create(
            draft(
                code,
                "Mixed units",
                List.of("FAMILY_GRANT"),
                List.of(
                    row("SN0101", 1_000L, BeneficiaryUnit.HOUSEHOLDS, 1_250_000L),
                    row("SN0102", 5_000L, BeneficiaryUnit.PEOPLE, null),
                    row("SN0103", 2_000L, BeneficiaryUnit.HOUSEHOLDS, null))));

    String html = page(get("/interventions/" + mixed.id()));

    assertThat(html)
        .contains("href=\"/units/SN0101\"", "href=\"/organisations/" + wfp.value() + "\"")
        .contains("Ménages", "Personnes", "Mise en œuvre")
        .contains("3" + THIN + "000", "5" + THIN + "000")
        .contains("1" + THIN + "250" + THIN + "000 F CFA")
        .doesNotContain("8" + THIN + "000", "6" + THIN + "000");
    String english = page(get("/interventions/" + mixed.id()).param("lang", "en"));
    assertThat(english).contains("Households", "People", "Implementer", "XOF");
  }

  @Test
  void rejectedFormShowsFrenchMessagesNextToTheFieldsAndStoresNothing() throws Exception {
    String code = nextCode();
    long before = interventions.count();
    long rowsBefore = interventions.countCoverageRows();

    String html =
        page(
            form(code, "Invalid")
                .param("startDate", "2021-06-01")
                .param("endDate", "2020-01-01")
                .param("coverage[0].pcode", "")
                .param("coverage[0].period", "")
                .param("coverage[1].pcode", "SN0999")
                .param("coverage[1].period", "2021")
                .param("coverage[1].planned", "100")
                .param("coverage[1].reached", "-5")
                .param("coverage[1].unit", "PUPILS"));

    assertThat(html)
        .contains("role=\"alert\"")
        .contains("La date de fin précède la date de début.")
        .contains("La valeur doit être positive ou nulle.")
        .contains("Valeur inconnue.")
        .contains("id=\"f-endDate-error\"", "aria-describedby=\"f-endDate-error\"")
        .contains("aria-describedby=\"f-coverage-1-reached-error\"")
        .contains("aria-describedby=\"f-coverage-1-pcode-error\"")
        .contains("value=\"SN0999\"");
    assertThat(interventions.findByCode(code)).isEmpty();
    assertThat(interventions.count()).isEqualTo(before);
    assertThat(interventions.countCoverageRows()).isEqualTo(rowsBefore);
  }

  @Test
  void unreadableNumbersAreReportedWithTheRegistryViolations() throws Exception {
    String code = nextCode();
    String html =
        page(
            form(code, "")
                .param("coverage[0].pcode", "SN0101")
                .param("coverage[0].period", "2021")
                .param("coverage[0].planned", "beaucoup")
                .param("coverage[0].unit", "HOUSEHOLDS"));
    assertThat(html)
        .contains("Saisissez un nombre entier.", "Ce champ est obligatoire.")
        .contains("aria-describedby=\"f-coverage-0-planned-error\"", "f-title-error");
    assertThat(interventions.findByCode(code)).isEmpty();
  }

  @Test
  void validFormCreatesTheInterventionAndRedirectsToItsPage() throws Exception {
    String code = nextCode();
    String location =
        mvc.perform(
                form(code, "Cantines de Kolda")
                    .param("startDate", "2021-01-01")
                    .param("endDate", "2022-12-31")
                    .param("targetGroups", "PNBSF_HOUSEHOLDS")
                    .param("coverage[0].pcode", "SN0901")
                    .param("coverage[0].period", "2019/2020")
                    .param("coverage[0].planned", "1 200")
                    .param("coverage[0].reached", "1100")
                    .param("coverage[0].unit", "PUPILS")
                    .param("coverage[0].budgetXof", "3000000")
                    .param("coverage[1].pcode", "")
                    .param("participants[1].organisationId", "")
                    .param("participants[1].role", ""))
            .andExpect(status().is3xxRedirection())
            .andExpect(redirectedUrlPattern("/interventions/*"))
            .andReturn()
            .getResponse()
            .getRedirectedUrl();

    Intervention created = interventions.findByCode(code).orElseThrow();
    assertThat(location).isEqualTo("/interventions/" + created.id());
    assertThat(created.coverage()).hasSize(1);
    assertThat(created.coverage().get(0).planned()).isEqualTo(1_200L);
    assertThat(created.participants()).hasSize(1);
    assertThat(created.targetGroups()).containsExactly("PNBSF_HOUSEHOLDS");
  }

  @Test
  void editFormShowsTheStoredValuesAndSavesChanges() throws Exception {
    Intervention existing = create("Before", "SCHOOL_CANTEEN", "SN0901", BeneficiaryUnit.PUPILS);
    assertThat(page(get("/interventions/" + existing.id() + "/edit")))
        .contains("value=\"" + existing.code() + "\"", "value=\"Before\"", "value=\"SN0901\"");

    mvc.perform(
            post("/interventions/" + existing.id() + "/edit")
                .with(csrf())
                .param("code", existing.code())
                .param("title", "After")
                .param("types", "SCHOOL_CANTEEN")
                .param("status", "COMPLETED"))
        .andExpect(status().is3xxRedirection());
    Intervention saved = interventions.find(existing.id()).orElseThrow();
    assertThat(saved.title()).isEqualTo("After");
    assertThat(saved.coverage()).isEmpty();
  }

  @Test
  void deleteAsksForConfirmationThenDeletes() throws Exception {
    Intervention doomed = create("Doomed", "SCHOOL_CANTEEN", "SN0901", BeneficiaryUnit.PUPILS);
    assertThat(page(get("/interventions/" + doomed.id() + "/delete")))
        .contains("action=\"/interventions/" + doomed.id() + "/delete\"", "_csrf");
    assertThat(interventions.find(doomed.id())).isPresent();
    mvc.perform(post("/interventions/" + doomed.id() + "/delete").with(csrf()))
        .andExpect(status().is3xxRedirection());
    assertThat(interventions.find(doomed.id())).isEmpty();
  }

  @Test
  void anonymousVisitorsAreSentToLoginAndCannotPostTheForm() throws Exception {
    Intervention existing = create("Guarded", "SCHOOL_CANTEEN", "SN0901", BeneficiaryUnit.PUPILS);
    mvc.perform(get("/interventions/new").with(anonymous()).accept(MediaType.TEXT_HTML))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl("/login"));
    mvc.perform(
            get("/interventions/" + existing.id() + "/edit")
                .with(anonymous())
                .accept(MediaType.TEXT_HTML))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl("/login"));

    String code = nextCode();
    int status =
        mvc.perform(form(code, "Anonymous").with(anonymous()).accept(MediaType.TEXT_HTML))
            .andReturn()
            .getResponse()
            .getStatus();
    assertThat(status).isIn(302, 403);
    assertThat(interventions.findByCode(code)).isEmpty();
    assertThat(page(get("/interventions/" + existing.id()).with(anonymous())))
        .doesNotContain("/interventions/" + existing.id() + "/edit");
  }

  @Test
  void viewersCannotOpenTheForm() throws Exception {
    mvc.perform(get("/interventions/new").with(user("viewer").roles("VIEWER")))
        .andExpect(status().isForbidden());
  }

  @Test
  void userTextIsEscapedInListAndDetail() throws Exception {
    Intervention hostile =
        create("<script>alert('x')</script>", "SCHOOL_CANTEEN", "SN0901", BeneficiaryUnit.PUPILS);
    String list = page(get("/interventions").param("q", hostile.code()));
    String detail = page(get("/interventions/" + hostile.id()));
    for (String html : List.of(list, detail)) {
      assertThat(html).contains("&lt;script&gt;").doesNotContain("<script>alert");
    }
  }

  @Test
  void unknownInterventionIsNotFound() throws Exception {
    mvc.perform(get("/interventions/987654321")).andExpect(status().isNotFound());
  }

  private String page(MockHttpServletRequestBuilder request) throws Exception {
    return mvc.perform(request)
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
  }

  private MockHttpServletRequestBuilder form(String code, String title) {
    return post("/interventions/new")
        .with(csrf())
        .param("code", code)
        .param("title", title)
        .param("types", "SCHOOL_CANTEEN")
        .param("status", "ONGOING")
        .param("participants[0].organisationId", Long.toString(wfp.value()))
        .param("participants[0].role", "IMPLEMENTER");
  }

  private Intervention create(String title, String type, String pcode, BeneficiaryUnit unit) {
    return interventions.create(
        draft(nextCode(), title, List.of(type), List.of(row(pcode, 100L, unit, null))));
  }

  private InterventionDraft draft(
      String code, String title, List<String> types, List<CoverageDraft> coverage) {
    return new InterventionDraft(
        code,
        title,
        null,
        types,
        "CASH",
        null,
        null,
        List.of(),
        LocalDate.of(2021, 1, 1),
        LocalDate.of(2021, 12, 31),
        "ONGOING",
        null,
        null,
        List.of(
            ParticipantDraft.of(wfp, ParticipantRole.IMPLEMENTER),
            ParticipantDraft.of(dgpsn, ParticipantRole.GOVERNMENT_LEAD)),
        coverage,
        "Test",
        false);
  }

  private static CoverageDraft row(String pcode, Long reached, BeneficiaryUnit unit, Long budget) {
    return CoverageDraft.of(
        PCode.of(pcode), Period.year(2021), reached, reached, unit, budget, null);
  }

  private static String nextCode() {
    return "PGT-" + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() % 100_000;
  }

  private OrganisationId organisation(String acronym, String name, OrganisationType type) {
    return organisations
        .findByAcronym(acronym)
        .orElseGet(() -> organisations.create(OrganisationDraft.of(acronym, name, type)))
        .id();
  }
}
