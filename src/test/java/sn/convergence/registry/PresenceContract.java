package sn.convergence.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import sn.convergence.actors.OrganisationDraft;
import sn.convergence.actors.OrganisationId;
import sn.convergence.actors.OrganisationType;
import sn.convergence.actors.Organisations;
import sn.convergence.geography.PCode;

/**
 * The aggregate must equal an independent sum of the stored coverage rows, unit by unit. Run on H2
 * by {@link PresenceIntegrationTest} and on PostgreSQL by {@link PresencePostgresIntegrationTest}.
 */
@WithMockUser(roles = "ADMIN")
abstract class PresenceContract {

  @Autowired MockMvc mvc;
  @Autowired Interventions interventions;
  @Autowired Organisations organisations;
  @Autowired Presence presence;
  @Autowired JdbcClient jdbc;

  @BeforeEach
  void seed() {
    if (interventions.findByCode("PR-PNBSF").isPresent()) {
      return;
    }
    OrganisationId dgpsn = org("PR-DGPSN", OrganisationType.GOVERNMENT);
    OrganisationId wfp = org("PR-WFP", OrganisationType.UN_AGENCY);
    OrganisationId ngo = org("PR-NGO", OrganisationType.NATIONAL_NGO);
    Intervention pnbsf =
        create(
            "PR-PNBSF",
            "FAMILY_GRANT",
            dgpsn,
            List.of(
                row("SN0901", "2021", 1200L, 1100L, BeneficiaryUnit.HOUSEHOLDS, 110_000_000L),
                row("SN0902", "2021-Q3", 800L, 790L, BeneficiaryUnit.HOUSEHOLDS, 19_750_000L),
                row("SN0101", "2019", 500L, 480L, BeneficiaryUnit.HOUSEHOLDS, 48_000_000L)));
    interventions.addCoverage(
        pnbsf.id(), List.of(row("SN0103", "2021-06", 40L, 35L, BeneficiaryUnit.HOUSEHOLDS, null)));
    create(
        "PR-LEAN",
        "LEAN_SEASON_RESPONSE",
        wfp,
        List.of(
            row("SN0901", "2021-06", 9000L, 8700L, BeneficiaryUnit.PEOPLE, 65_000_000L),
            row("SN0901", "2020/2021", 30L, 30L, BeneficiaryUnit.SCHOOLS, 3_000_000L)));
    create(
        "PR-REGION",
        "FOOD_DISTRIBUTION",
        ngo,
        List.of(row("SN09", "2021", 2000L, 1500L, BeneficiaryUnit.HOUSEHOLDS, 90_000_000L)));
  }

  @Test
  void departmentAggregateEqualsTheIndependentSumOfRowsUnitByUnit() throws Exception {
    String json =
        mvc.perform(get("/api/v1/presence").param("level", "DEPARTMENT").param("year", "2021"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    Map<String, Map<String, long[]>> expected = independentSums(2021, 6);
    List<Map<String, Object>> units = JsonPath.read(json, "$.units");
    assertThat(units).hasSize(46);
    for (Map<String, Object> unit : units) {
      String pcode = (String) unit.get("pcode");
      assertThat(text(figures(unit)))
          .as(pcode)
          .isEqualTo(text(expected.getOrDefault(pcode, Map.of())));
    }
    List<Map<String, Object>> coarser = JsonPath.read(json, "$.coarserRows");
    assertThat(coarser).extracting(u -> u.get("pcode")).contains("SN09");
    for (Map<String, Object> unit : coarser) {
      assertThat(text(figures(unit)))
          .isEqualTo(text(independentCoarser(2021, 6).get(unit.get("pcode"))));
    }
  }

  @Test
  void keepsHouseholdsApartFromPeopleAndRegionRowsApartFromDepartments() throws Exception {
    mvc.perform(get("/api/v1/presence").param("level", "DEPARTMENT").param("year", "2021"))
        .andExpect(
            jsonPath("$.units[?(@.pcode=='SN0901')].beneficiaries.HOUSEHOLDS.reached").value(1100))
        .andExpect(
            jsonPath("$.units[?(@.pcode=='SN0901')].beneficiaries.PEOPLE.reached").value(8700))
        .andExpect(
            jsonPath("$.coarserRows[?(@.pcode=='SN09')].beneficiaries.HOUSEHOLDS.reached")
                .value(1500));
    UnitPresence kanel =
        presence
            .report(PresenceQuery.ofYear(sn.convergence.geography.AdminLevel.DEPARTMENT, 2021))
            .units()
            .stream()
            .filter(u -> u.pcode().equals("SN0901"))
            .findFirst()
            .orElseThrow();
    assertThat(kanel.interventions()).contains("PR-LEAN", "PR-PNBSF").doesNotContain("PR-REGION");
    assertThat(kanel.actors()).contains("PR-DGPSN", "PR-WFP").doesNotContain("PR-NGO");
  }

  @Test
  void regionAggregateRollsDepartmentsUpAndIncludesRegionRows() throws Exception {
    String json =
        mvc.perform(get("/api/v1/presence").param("level", "REGION").param("year", "2021"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    Map<String, Map<String, long[]>> expected = independentSums(2021, 4);
    List<Map<String, Object>> units = JsonPath.read(json, "$.units");
    assertThat(units).hasSize(14);
    for (Map<String, Object> unit : units) {
      assertThat(text(figures(unit)))
          .as((String) unit.get("pcode"))
          .isEqualTo(text(expected.getOrDefault((String) unit.get("pcode"), Map.of())));
    }
  }

  @Test
  void givesTheDepartmentFactSheetWithWiderRowsApart() {
    UnitFiche kanel = presence.forUnit(PCode.of("SN0901"), 2021);
    assertThat(kanel.name()).isEqualTo("Kanel");
    assertThat(kanel.interventions())
        .extracting(UnitFiche.FicheIntervention::code)
        .contains("PR-PNBSF", "PR-LEAN")
        .doesNotContain("PR-REGION");
    assertThat(kanel.actors())
        .extracting(UnitFiche.FicheActor::acronym)
        .contains("PR-DGPSN", "PR-WFP");
    assertThat(kanel.widerRows()).extracting(UnitPresence::pcode).containsExactly("SN09");
    assertThat(kanel.presence().budgetXof()).isEqualTo(110_000_000L + 65_000_000L + 3_000_000L);
    assertThat(presence.nationalTotals(2021).budgetXof()).isEqualTo(independentTotalBudget(2021));
  }

  /** Sums of rows overlapping the year, keyed by the first {@code length} characters of P-codes. */
  private Map<String, Map<String, long[]>> independentSums(int year, int length) {
    Map<String, Map<String, long[]>> sums = new HashMap<>();
    for (Object[] r : rows(year)) {
      String pcode = (String) r[0];
      if (pcode.length() >= length) {
        add(sums, pcode.substring(0, length), r);
      }
    }
    return sums;
  }

  private Map<String, Map<String, long[]>> independentCoarser(int year, int length) {
    Map<String, Map<String, long[]>> sums = new HashMap<>();
    for (Object[] r : rows(year)) {
      if (((String) r[0]).length() < length) {
        add(sums, (String) r[0], r);
      }
    }
    return sums;
  }

  private long independentTotalBudget(int year) {
    return rows(year).stream().mapToLong(r -> r[4] == null ? 0 : ((Number) r[4]).longValue()).sum();
  }

  private static void add(Map<String, Map<String, long[]>> sums, String key, Object[] r) {
    long[] acc =
        sums.computeIfAbsent(key, k -> new HashMap<>())
            .computeIfAbsent((String) r[3], k -> new long[3]);
    acc[0] += r[1] == null ? 0 : ((Number) r[1]).longValue();
    acc[1] += r[2] == null ? 0 : ((Number) r[2]).longValue();
    Map<String, long[]> unit = sums.get(key);
    unit.computeIfAbsent("BUDGET", k -> new long[3])[2] +=
        r[4] == null ? 0 : ((Number) r[4]).longValue();
  }

  /** pcode, planned, reached, unit, budget of every stored row overlapping the year. */
  private List<Object[]> rows(int year) {
    return jdbc.sql(
            "select pcode, planned, reached, beneficiary_unit, budget_xof from coverage"
                + " where period_start <= ? and period_end >= ?")
        .params(LocalDate.of(year, 12, 31), LocalDate.of(year, 1, 1))
        .query(
            (rs, i) ->
                new Object[] {
                  rs.getString(1),
                  rs.getObject(2),
                  rs.getObject(3),
                  rs.getString(4),
                  rs.getObject(5)
                })
        .list();
  }

  /** A comparable rendering, sorted by key. */
  private static String text(Map<String, long[]> figures) {
    StringBuilder out = new StringBuilder();
    new java.util.TreeMap<>(figures)
        .forEach((k, v) -> out.append(k).append(java.util.Arrays.toString(v)).append(' '));
    return out.toString();
  }

  /** The aggregate of one JSON unit in the shape of {@link #add}. */
  @SuppressWarnings("unchecked")
  private static Map<String, long[]> figures(Map<String, Object> unit) {
    Map<String, long[]> out = new HashMap<>();
    Map<String, Map<String, Number>> beneficiaries =
        (Map<String, Map<String, Number>>) unit.get("beneficiaries");
    beneficiaries.forEach(
        (k, v) ->
            out.put(k, new long[] {v.get("planned").longValue(), v.get("reached").longValue(), 0}));
    long budget = ((Number) unit.get("budgetXof")).longValue();
    if ((Integer) unit.get("rows") > 0) {
      out.put("BUDGET", new long[] {0, 0, budget});
    }
    return out;
  }

  private OrganisationId org(String acronym, OrganisationType type) {
    return organisations.create(OrganisationDraft.of(acronym, acronym + " name", type)).id();
  }

  private Intervention create(
      String code, String type, OrganisationId org, List<CoverageDraft> rows) {
    return interventions.create(
        new InterventionDraft(
            code,
            code,
            null,
            List.of(type),
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
            rows,
            "test",
            true));
  }

  private static CoverageDraft row(
      String pcode, String period, Long planned, Long reached, BeneficiaryUnit unit, Long budget) {
    return CoverageDraft.of(
        PCode.of(pcode), Period.parse(period), planned, reached, unit, budget, "test");
  }
}
