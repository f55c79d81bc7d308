package sn.convergence.convergence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import sn.convergence.actors.OrganisationDraft;
import sn.convergence.actors.OrganisationId;
import sn.convergence.actors.OrganisationType;
import sn.convergence.actors.Organisations;
import sn.convergence.context.ContextIndicators;
import sn.convergence.context.ContextValue;
import sn.convergence.geography.PCode;
import sn.convergence.registry.CoverageDraft;
import sn.convergence.registry.InterventionDraft;
import sn.convergence.registry.Interventions;
import sn.convergence.registry.ParticipantDraft;

/**
 * A small dataset stored through the registry, actors and context APIs (as an administrator), for
 * the application-level tests. Weights 0.6 poverty + 0.4 Cadre Harmonisé phase, absolute
 * thresholds: high need >= 0.5, low coverage <= 0.25. Population 100,000, household size 10 and
 * 20,000 school-age children in each seeded department, so poor households = 100 x poverty rate.
 *
 * <pre>
 * unit              pov  phase  need                     facts (2021-2023)                 class
 * SN0902 Matam       70   3     1.00                     grants 3000 (Q1) and 3500 (Q2):    CONVERGENCE
 *                                                        peak 3500/7000 = .5; canteens
 *                                                        12000/20000 = .6; lean season
 *                                                        2000/7000 = .286; package .346
 * SN0901 Kanel       60   3     .48+.40 = .88             grants 300/6000, package .0125     GAP
 * SN1202 Goudiry     65   3     .54+.40 = .94             none                               GAP
 * SN1002 Podor       40   2     .24+.20 = .44             lean season by WFP and CSA         DUPLICATION
 * SN1001 Dagana      20   1     0 (poverty of 2018)       grants, nutrition "=SUM(1;2)"      LOW_PRIORITY
 * SN1003 Saint-Louis 30   1     .12                       none                               LOW_PRIORITY
 * </pre>
 *
 * A region-wide lean-season row for SN09 (Matam region) is not spread over its departments. The
 * other departments have no context: INSUFFICIENT_DATA. Saint-Louis region (SN10) has all its
 * departments seeded, so a region analysis derives its values from them.
 */
final class ConvergenceScenario {

  static final String MARKER = "CS-PNBSF";
  static final String FORMULA_CODE = "=SUM(1;2)";

  static final String WEIGHTS = "POVERTY_RATE:0.6,CH_PHASE:0.4";

  private ConvergenceScenario() {}

  static ConvergenceQuery query() {
    return new ConvergenceQuery(
        sn.convergence.geography.AdminLevel.DEPARTMENT,
        2021,
        2023,
        List.of(NeedIndicator.of("POVERTY_RATE", 0.6), NeedIndicator.of("CH_PHASE", 0.4)),
        new ClassThresholds(Threshold.absolute(0.5), Threshold.absolute(0.25), 3, 1));
  }

  /** Stores the dataset once per application context. */
  static synchronized void seed(
      Organisations organisations, Interventions interventions, ContextIndicators context) {
    if (interventions.findByCode(MARKER).isPresent()) {
      return;
    }
    asAdmin(() -> store(organisations, interventions, context));
  }

  /** Runs the work as an administrator (the registry's writes need a writer role). */
  static void asAdmin(Runnable work) {
    var previous = SecurityContextHolder.getContext();
    var admin = SecurityContextHolder.createEmptyContext();
    admin.setAuthentication(
        UsernamePasswordAuthenticationToken.authenticated(
            "scenario", null, List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))));
    SecurityContextHolder.setContext(admin);
    try {
      work.run();
    } finally {
      SecurityContextHolder.setContext(previous);
    }
  }

  private static void store(
      Organisations organisations, Interventions interventions, ContextIndicators context) {
    OrganisationId dgpsn = org(organisations, "CS-DGPSN", OrganisationType.GOVERNMENT);
    OrganisationId wfp = org(organisations, "CS-WFP", OrganisationType.UN_AGENCY);
    OrganisationId csa = org(organisations, "CS-CSA", OrganisationType.GOVERNMENT);
    create(
        interventions,
        MARKER,
        "FAMILY_GRANT",
        "EXTREMELY_POOR_HOUSEHOLDS",
        dgpsn,
        row("SN0902", "2021-Q1", 3000, "HOUSEHOLDS"),
        row("SN0902", "2021-Q2", 3500, "HOUSEHOLDS"),
        row("SN0901", "2021", 300, "HOUSEHOLDS"),
        row("SN1001", "2022", 500, "HOUSEHOLDS"));
    create(
        interventions,
        "CS-CANTINES",
        "SCHOOL_CANTEEN",
        "PUPILS",
        wfp,
        row("SN0902", "2021/2022", 12000, "PUPILS"));
    create(
        interventions,
        "CS-SOUDURE-PAM",
        "LEAN_SEASON_RESPONSE",
        "FOOD_INSECURE_HOUSEHOLDS",
        wfp,
        row("SN0902", "2022-07", 2000, "HOUSEHOLDS"),
        row("SN1002", "2022-07", 500, "HOUSEHOLDS"));
    create(
        interventions,
        "CS-SOUDURE-CSA",
        "LEAN_SEASON_RESPONSE",
        "FOOD_INSECURE_HOUSEHOLDS",
        csa,
        row("SN1002", "2022-08", 800, "HOUSEHOLDS"),
        row("SN09", "2022", 1000, "HOUSEHOLDS"));
    create(
        interventions,
        FORMULA_CODE,
        "COMMUNITY_NUTRITION",
        "GENERAL_POPULATION",
        dgpsn,
        row("SN1001", "2022", 900, "PEOPLE"));
    List<ContextValue> values = new ArrayList<>();
    department(values, "SN0902", 70, 3, 2021);
    department(values, "SN0901", 60, 3, 2021);
    department(values, "SN1202", 65, 3, 2021);
    department(values, "SN1002", 40, 2, 2021);
    department(values, "SN1001", 20, 1, 2018);
    department(values, "SN1003", 30, 1, 2021);
    context.save(values);
  }

  private static void department(
      List<ContextValue> values, String pcode, double poverty, double phase, int povertyYear) {
    PCode unit = PCode.of(pcode);
    values.add(new ContextValue("POPULATION", unit, 2021, 100_000, "ANSD test", false));
    values.add(new ContextValue("HOUSEHOLD_SIZE", unit, 2021, 10, "ANSD test", false));
    values.add(new ContextValue("SCHOOL_AGE_CHILDREN", unit, 2021, 20_000, "ANSD test", false));
    values.add(new ContextValue("POVERTY_RATE", unit, povertyYear, poverty, "ANSD test", false));
    values.add(new ContextValue("CH_PHASE", unit, 2021, phase, "SE-CNSA test", false));
  }

  private static OrganisationId org(
      Organisations organisations, String acronym, OrganisationType t) {
    return organisations.create(OrganisationDraft.of(acronym, acronym + " (test)", t)).id();
  }

  private static void create(
      Interventions interventions,
      String code,
      String type,
      String targetGroup,
      OrganisationId organisation,
      CoverageDraft... rows) {
    interventions.create(
        new InterventionDraft(
            code,
            "Scenario " + code,
            null,
            List.of(type),
            null,
            null,
            null,
            List.of(targetGroup),
            LocalDate.of(2020, 1, 1),
            null,
            "ONGOING",
            null,
            null,
            List.of(new ParticipantDraft(organisation.value(), "IMPLEMENTER")),
            List.of(rows),
            "test",
            false));
  }

  static CoverageDraft row(String pcode, String period, long reached, String unit) {
    return new CoverageDraft(pcode, period, null, null, null, reached, unit, null, "test");
  }
}
