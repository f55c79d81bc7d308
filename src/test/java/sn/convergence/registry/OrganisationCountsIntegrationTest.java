package sn.convergence.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import sn.convergence.actors.Organisation;
import sn.convergence.actors.OrganisationId;
import sn.convergence.actors.OrganisationQuery;
import sn.convergence.actors.Organisations;
import sn.convergence.support.PlatformTest;
import sn.convergence.system.Role;
import sn.convergence.system.UserAccounts;

/** The organisation list counts interventions per organisation with one grouped query. */
@PlatformTest
class OrganisationCountsIntegrationTest {

  static final String PARTNER = "count-partner";
  static final String VIEWER = "count-viewer";

  @Autowired MockMvc mvc;
  @Autowired Interventions interventions;
  @Autowired Organisations organisations;
  @Autowired UserAccounts accounts;
  @Autowired InterventionReviews reviews;

  OrganisationId counted;

  @BeforeEach
  void records() {
    ReviewFixture fixture = new ReviewFixture(organisations, interventions, accounts, reviews);
    counted = fixture.organisation("COUNT-OWN");
    OrganisationId other = fixture.organisation("COUNT-OTHER");
    fixture.account(PARTNER, Role.PARTNER, counted);
    fixture.account(VIEWER, Role.VIEWER, null);
    if (interventions.countByOrganisation().containsKey(counted)) {
      return;
    }
    ReviewFixture.as(
        PARTNER,
        Role.PARTNER,
        () ->
            interventions.create(
                ReviewFixture.draft(
                    ReviewFixture.nextCode("COUNTDRAFT"), List.of(counted), "SN0701@2021")));
    ReviewFixture.as(
        "count-coordinator",
        Role.COORDINATOR,
        () -> {
          interventions.create(
              ReviewFixture.draft(
                  ReviewFixture.nextCode("COUNTOK"), List.of(counted, other), "SN0701@2021"));
          return interventions.create(
              ReviewFixture.draft(
                  ReviewFixture.nextCode("COUNTOK"), List.of(other), "SN0702@2021"));
        });
  }

  @Test
  void givesEachOrganisationTheNumberTheFilteredListGivesAnonymousVisitors() {
    Map<OrganisationId, Long> counts = interventions.countByOrganisation();

    assertThat(counts.get(counted)).as("the draft is not public").isEqualTo(1L);
    assertSameAsFilteredList(counts);
  }

  @Test
  void givesEachOrganisationTheNumberTheFilteredListGivesSignedInUsers() {
    Map<OrganisationId, Long> counts =
        ReviewFixture.as(VIEWER, Role.VIEWER, interventions::countByOrganisation);

    assertThat(counts.get(counted)).as("drafts included").isEqualTo(2L);
    ReviewFixture.as(VIEWER, Role.VIEWER, () -> assertSameAsFilteredList(counts));
  }

  @Test
  void showsTheCountsOnTheOrganisationList() throws Exception {
    assertThat(countOnPage(null)).isEqualTo("1");
    assertThat(countOnPage(VIEWER)).isEqualTo("2");
  }

  private boolean assertSameAsFilteredList(Map<OrganisationId, Long> counts) {
    List<Organisation> all = organisations.list(new OrganisationQuery(null, null));
    assertThat(all).hasSizeGreaterThan(1);
    for (Organisation o : all) {
      InterventionQuery byOrganisation =
          new InterventionQuery(null, null, null, o.id(), null, null, null, null);
      assertThat(counts.getOrDefault(o.id(), 0L))
          .as(o.acronym())
          .isEqualTo(interventions.list(byOrganisation, 0, 1).total());
    }
    return true;
  }

  /** The interventions cell of the COUNT-OWN line of the page, as the user sees it. */
  private String countOnPage(String username) throws Exception {
    var request = get("/organisations").param("q", "COUNT-OWN");
    if (username != null) {
      request = request.with(httpBasic(username, ReviewFixture.PASSWORD));
    }
    String html =
        mvc.perform(request)
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    Matcher cell =
        Pattern.compile("(?s)<tbody>.*?<td class=\"table-num\">(\\d+)</td>").matcher(html);
    assertThat(cell.find()).as("a line for COUNT-OWN").isTrue();
    return cell.group(1);
  }
}
