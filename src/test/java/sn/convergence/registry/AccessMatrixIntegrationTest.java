package sn.convergence.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import sn.convergence.actors.OrganisationId;
import sn.convergence.actors.Organisations;
import sn.convergence.support.PlatformTest;
import sn.convergence.system.Role;
import sn.convergence.system.UserAccounts;

/**
 * Who may do what, through the API and through the pages: every (action, channel) row of {@link
 * #CASES} is run once per kind of caller, each time on fresh records, and the answer must be an
 * allowance exactly for the callers the row lists. An allowance is a 2xx answer, or a redirect that
 * is neither to the login page nor carries a problem message; a refusal is 401, 403 or a redirect
 * to the login page.
 */
@PlatformTest
class AccessMatrixIntegrationTest {

  enum Who {
    ADMIN,
    COORDINATOR,
    PARTNER,
    VIEWER,
    ANONYMOUS
  }

  static final Set<Who> EVERYONE = EnumSet.allOf(Who.class);
  static final Set<Who> WRITERS = EnumSet.of(Who.ADMIN, Who.COORDINATOR, Who.PARTNER);
  static final Set<Who> COORDINATORS = EnumSet.of(Who.ADMIN, Who.COORDINATOR);
  static final Set<Who> ADMINS = EnumSet.of(Who.ADMIN);

  /** One action through one channel, the request built on fresh records, and who may do it. */
  record Case(
      String action,
      String channel,
      Function<World, MockHttpServletRequestBuilder> request,
      Set<Who> allowed) {}

  static final List<Case> CASES =
      List.of(
          new Case("read", "api", w -> get("/api/v1/interventions/" + w.own()), EVERYONE),
          new Case("read", "page", w -> get("/interventions/" + w.own()), EVERYONE),
          new Case(
              "create",
              "api",
              w -> json(post("/api/v1/interventions"), w.body(w.code(), w.partnerOrg)),
              WRITERS),
          new Case(
              "create",
              "page",
              w -> w.form(post("/interventions/new"), w.code(), w.partnerOrg),
              WRITERS),
          new Case("edit own", "api", w -> w.jsonEdit(w.ownRecord(), w.partnerOrg), WRITERS),
          new Case("edit own", "page", w -> w.formEdit(w.ownRecord(), w.partnerOrg), WRITERS),
          new Case(
              "edit other's", "api", w -> w.jsonEdit(w.otherRecord(), w.otherOrg), COORDINATORS),
          new Case(
              "edit other's", "page", w -> w.formEdit(w.otherRecord(), w.otherOrg), COORDINATORS),
          new Case(
              "open other's edit form",
              "page",
              w -> get("/interventions/" + w.other() + "/edit"),
              COORDINATORS),
          new Case(
              "submit",
              "api",
              w -> post("/api/v1/interventions/" + w.draft() + "/submit"),
              WRITERS),
          new Case("submit", "page", w -> post("/interventions/" + w.draft() + "/submit"), WRITERS),
          new Case(
              "validate",
              "api",
              w -> post("/api/v1/interventions/" + w.submitted() + "/validate"),
              COORDINATORS),
          new Case(
              "validate",
              "page",
              w -> post("/review/" + w.submitted() + "/validate"),
              COORDINATORS),
          new Case(
              "return",
              "api",
              w ->
                  json(
                      post("/api/v1/interventions/" + w.submitted() + "/return"),
                      "{\"comment\":\"Incomplet\"}"),
              COORDINATORS),
          new Case(
              "lock a year", "api", w -> post("/api/v1/reporting-years/1991/lock"), COORDINATORS),
          new Case(
              "lock a year",
              "page",
              w -> post("/review/years").param("year", "1992").param("locked", "true"),
              COORDINATORS),
          new Case("delete own", "api", w -> delete("/api/v1/interventions/" + w.own()), WRITERS),
          new Case(
              "delete own", "page", w -> post("/interventions/" + w.own() + "/delete"), WRITERS),
          new Case(
              "delete other's",
              "api",
              w -> delete("/api/v1/interventions/" + w.other()),
              COORDINATORS),
          new Case("review queue", "api", w -> get("/api/v1/review-queue"), COORDINATORS),
          new Case("review queue", "page", w -> get("/review"), COORDINATORS),
          new Case(
              "audit trail",
              "api",
              w -> get("/api/v1/audit").param("entity", "intervention"),
              COORDINATORS),
          new Case(
              "audit trail",
              "page",
              w ->
                  get("/audit")
                      .param("entity", "intervention")
                      .param("id", String.valueOf(w.own())),
              COORDINATORS),
          new Case("list users", "page", w -> get("/admin/users"), ADMINS),
          new Case(
              "create user",
              "page",
              w ->
                  post("/admin/users")
                      .param("username", w.code().toLowerCase())
                      .param("password", "a-long-enough-password")
                      .param("role", "VIEWER"),
              ADMINS),
          new Case(
              "own account",
              "page",
              w -> get("/account"),
              WRITERS.stream().collect(() -> EnumSet.of(Who.VIEWER), Set::add, Set::addAll)));

  @Autowired MockMvc mvc;
  @Autowired Interventions interventions;
  @Autowired Organisations organisations;
  @Autowired UserAccounts accounts;
  @Autowired ReportingYears years;
  @Autowired InterventionReviews reviews;

  ReviewFixture fixture;
  OrganisationId partnerOrg;
  OrganisationId otherOrg;

  @BeforeEach
  void people() {
    fixture = new ReviewFixture(organisations, interventions, accounts, reviews);
    partnerOrg = fixture.organisation("MX-OWN");
    otherOrg = fixture.organisation("MX-OTHER");
    fixture.account("mx-admin", Role.ADMIN, null);
    fixture.account("mx-coordinator", Role.COORDINATOR, null);
    fixture.account("mx-partner", Role.PARTNER, partnerOrg);
    fixture.account("mx-viewer", Role.VIEWER, null);
  }

  /** The years the matrix locks are unlocked again: the database is shared with other tests. */
  @org.junit.jupiter.api.AfterEach
  void unlockYears() {
    ReviewFixture.as(
        "mx-coordinator",
        Role.COORDINATOR,
        () -> {
          years.unlock(1991);
          years.unlock(1992);
          return null;
        });
  }

  @Test
  void allowsEachActionExactlyToTheRolesOfTheMatrix() throws Exception {
    List<String> wrong = new ArrayList<>();
    for (Case c : CASES) {
      for (Who who : Who.values()) {
        World world = new World(fixture, partnerOrg, otherOrg);
        MockHttpServletRequestBuilder request = c.request().apply(world).with(csrf());
        if (c.channel().equals("page")) {
          request.accept(MediaType.TEXT_HTML);
        }
        if (who != Who.ANONYMOUS) {
          request.with(user("mx-" + who.name().toLowerCase()).roles(who.name()));
        }
        MvcResult result = mvc.perform(request).andReturn();
        boolean allowed = isAllowed(result);
        if (allowed != c.allowed().contains(who)) {
          wrong.add(
              c.action()
                  + " / "
                  + c.channel()
                  + " / "
                  + who
                  + ": expected "
                  + (c.allowed().contains(who) ? "allowed" : "refused")
                  + ", got "
                  + result.getResponse().getStatus()
                  + " "
                  + result.getResponse().getRedirectedUrl());
        }
      }
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void coversEveryActionOfTheIssueThroughBothChannels() {
    assertThat(CASES.stream().filter(c -> c.channel().equals("api")).map(Case::action))
        .contains(
            "read",
            "create",
            "edit own",
            "edit other's",
            "submit",
            "validate",
            "lock a year",
            "delete own");
    assertThat(CASES.stream().filter(c -> c.channel().equals("page")).map(Case::action))
        .contains(
            "read",
            "create",
            "edit own",
            "edit other's",
            "submit",
            "validate",
            "lock a year",
            "delete own",
            "list users",
            "create user");
  }

  private static boolean isAllowed(MvcResult result) {
    int status = result.getResponse().getStatus();
    String location = result.getResponse().getRedirectedUrl();
    if (status >= 200 && status < 300) {
      return true;
    }
    return status >= 300
        && status < 400
        && location != null
        && !location.endsWith("/login")
        && result.getFlashMap().get("problem") == null;
  }

  private static MockHttpServletRequestBuilder json(
      MockHttpServletRequestBuilder request, String body) {
    return request.contentType(MediaType.APPLICATION_JSON).content(body);
  }

  /** Fresh records for one request: each accessor creates a new one. */
  static final class World {

    private final ReviewFixture fixture;
    final OrganisationId partnerOrg;
    final OrganisationId otherOrg;

    World(ReviewFixture fixture, OrganisationId partnerOrg, OrganisationId otherOrg) {
      this.fixture = fixture;
      this.partnerOrg = partnerOrg;
      this.otherOrg = otherOrg;
    }

    String code() {
      return ReviewFixture.nextCode("MX");
    }

    Intervention ownRecord() {
      return fixture.create(
          "mx-coordinator",
          Role.COORDINATOR,
          ReviewFixture.draft(code(), List.of(partnerOrg), "SN0101@2021"));
    }

    Intervention otherRecord() {
      return fixture.create(
          "mx-coordinator",
          Role.COORDINATOR,
          ReviewFixture.draft(code(), List.of(otherOrg), "SN0101@2021"));
    }

    long own() {
      return ownRecord().id().value();
    }

    long other() {
      return otherRecord().id().value();
    }

    long draft() {
      return fixture
          .create(
              "mx-partner",
              Role.PARTNER,
              ReviewFixture.draft(code(), List.of(partnerOrg), "SN0101@2021"))
          .id()
          .value();
    }

    long submitted() {
      Intervention draft =
          fixture.create(
              "mx-partner",
              Role.PARTNER,
              ReviewFixture.draft(code(), List.of(partnerOrg), "SN0101@2021"));
      return fixture.submit("mx-partner", Role.PARTNER, draft).id().value();
    }

    String body(String code, OrganisationId organisation) {
      return """
          {"code": "%s", "title": "Matrix", "types": ["FAMILY_GRANT"], "status": "ONGOING",
           "participants": [{"organisationId": %d, "role": "IMPLEMENTER"}],
           "coverage": [{"pcode": "SN0101", "period": "2021", "planned": 10, "unit": "HOUSEHOLDS"}]}
          """
          .formatted(code, organisation.value());
    }

    MockHttpServletRequestBuilder jsonEdit(Intervention target, OrganisationId organisation) {
      return json(put("/api/v1/interventions/" + target.id()), body(target.code(), organisation));
    }

    MockHttpServletRequestBuilder form(
        MockHttpServletRequestBuilder request, String code, OrganisationId organisation) {
      return request
          .param("code", code)
          .param("title", "Matrix")
          .param("types", "FAMILY_GRANT")
          .param("status", "ONGOING")
          .param("participants[0].organisationId", Long.toString(organisation.value()))
          .param("participants[0].role", "IMPLEMENTER")
          .param("coverage[0].pcode", "SN0101")
          .param("coverage[0].period", "2021")
          .param("coverage[0].planned", "10")
          .param("coverage[0].unit", "HOUSEHOLDS");
    }

    MockHttpServletRequestBuilder formEdit(Intervention target, OrganisationId organisation) {
      return form(post("/interventions/" + target.id() + "/edit"), target.code(), organisation);
    }
  }
}
