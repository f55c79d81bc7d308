package sn.convergence.ingest.export;

import java.util.ArrayList;
import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import sn.convergence.actors.OrganisationDraft;
import sn.convergence.actors.OrganisationId;
import sn.convergence.actors.OrganisationType;
import sn.convergence.actors.Organisations;
import sn.convergence.geography.PCode;
import sn.convergence.registry.BeneficiaryUnit;
import sn.convergence.registry.Coverage;
import sn.convergence.registry.CoverageDraft;
import sn.convergence.registry.InterventionDraft;
import sn.convergence.registry.Interventions;
import sn.convergence.registry.ParticipantDraft;
import sn.convergence.registry.ParticipantRole;
import sn.convergence.registry.Period;

/**
 * Test fixture: interventions for the export tests, created once per database (codes start with
 * {@code XPT-}, so filters keep them apart from other tests' data). The round-trip interventions
 * cover a department, a region row, a year, a quarter, a month, a school year and a season; one
 * intervention is only submitted; one carries texts a spreadsheet would run as formulas. Tests
 * {@link #seed} before and {@link #remove} after each test, with an administrator's authentication.
 */
final class ExportFixture {

  static final String ROUND_TRIP = "XPT-RT-";
  static final String PNBSF = "XPT-RT-PNBSF";
  static final String CANTEENS = "XPT-RT-CANTINES";
  static final String SUBMITTED = "XPT-SUBMITTED";
  static final String FORMULA = "XPT-FORMULA";
  static final String HYPERLINK = "=HYPERLINK(\"http://x\",\"y\")";
  static final String CALC = "+cmd|' /C calc'!A0";
  private static final List<String> ACRONYMS =
      List.of("XPT-DGPSN", "XPT-PAM", "XPT-BM", HYPERLINK, CALC);

  private final Interventions interventions;
  private final Organisations organisations;

  ExportFixture(Interventions interventions, Organisations organisations) {
    this.interventions = interventions;
    this.organisations = organisations;
  }

  void seed() {
    if (interventions.findByCode(PNBSF).isPresent()) {
      return;
    }
    OrganisationId dgpsn = org("XPT-DGPSN", "Délégation (test)", OrganisationType.GOVERNMENT);
    OrganisationId wfp = org("XPT-PAM", "Programme alimentaire (test)", OrganisationType.UN_AGENCY);
    OrganisationId bank = org("XPT-BM", "Banque (test)", OrganisationType.DONOR);
    OrganisationId hyperlink = org(HYPERLINK, "@SUM(1)", OrganisationType.NATIONAL_NGO);
    OrganisationId calc = org(CALC, CALC, OrganisationType.NATIONAL_NGO);
    interventions.create(
        draft(
            PNBSF,
            "Bourses de sécurité familiale (test)",
            List.of("FAMILY_GRANT"),
            List.of("EXTREMELY_POOR_HOUSEHOLDS", "RNU_HOUSEHOLDS"),
            List.of(
                ParticipantDraft.of(bank, ParticipantRole.FUNDER),
                ParticipantDraft.of(dgpsn, ParticipantRole.IMPLEMENTER)),
            List.of(
                row("SN0901", "2021", 1200L, 1100L, BeneficiaryUnit.HOUSEHOLDS, 110_000_000L),
                row("SN0902", "2021-Q3", 800L, 790L, BeneficiaryUnit.HOUSEHOLDS, 19_750_000L),
                row("SN09", "2021", 2000L, 1500L, BeneficiaryUnit.HOUSEHOLDS, 90_000_000L),
                row("SN0101", "2019", 500L, null, BeneficiaryUnit.HOUSEHOLDS, null),
                row("SN", "2022", 300_000L, 290_000L, BeneficiaryUnit.HOUSEHOLDS, null),
                row(
                    "SN1101",
                    "2021-01-15/2021-03-31",
                    40L,
                    38L,
                    BeneficiaryUnit.HOUSEHOLDS,
                    1_000_000L))));
    interventions.create(
        draft(
            CANTEENS,
            "Cantines scolaires, Kédougou (test)",
            List.of("SCHOOL_CANTEEN"),
            List.of(),
            List.of(ParticipantDraft.of(wfp, ParticipantRole.PARTNER)),
            List.of(
                row("SN0901", "2020/2021", 30L, 30L, BeneficiaryUnit.SCHOOLS, 3_000_000L),
                row("SN0903", "2015S", 400L, 380L, BeneficiaryUnit.PEOPLE, 1_500_000L),
                row("SN1101", "2021-06", 9000L, 8700L, BeneficiaryUnit.PUPILS, 65_000_000L))));
    interventions.createSubmitted(
        draft(
            SUBMITTED,
            "Soumise, non validée (test)",
            List.of("FAMILY_GRANT"),
            List.of(),
            List.of(ParticipantDraft.of(dgpsn, ParticipantRole.IMPLEMENTER)),
            List.of(row("SN0901", "2021", 10L, 10L, BeneficiaryUnit.HOUSEHOLDS, 1000L))));
    interventions.create(
        draft(
            FORMULA,
            "@SUM(1)",
            List.of("FAMILY_GRANT"),
            List.of(),
            List.of(
                ParticipantDraft.of(calc, ParticipantRole.FUNDER),
                ParticipantDraft.of(hyperlink, ParticipantRole.IMPLEMENTER)),
            List.of(row("SN0902", "2021", 5L, 5L, BeneficiaryUnit.HOUSEHOLDS, 5000L))));
  }

  /**
   * Deletes what {@link #seed} created, so that tests sharing the database (presence sums over
   * every stored row) never see it.
   */
  void remove() {
    SecurityContext previous = SecurityContextHolder.getContext();
    SecurityContextHolder.setContext(
        new SecurityContextImpl(
            UsernamePasswordAuthenticationToken.authenticated(
                "xpt-admin", null, List.of(new SimpleGrantedAuthority("ROLE_ADMIN")))));
    try {
      for (String code : List.of(PNBSF, CANTEENS, SUBMITTED, FORMULA)) {
        interventions.findByCode(code).ifPresent(i -> interventions.delete(i.id()));
      }
      for (String acronym : ACRONYMS) {
        organisations.findByAcronym(acronym).ifPresent(o -> organisations.delete(o.id()));
      }
    } finally {
      SecurityContextHolder.setContext(previous);
    }
  }

  /** The stored coverage facts of the round-trip interventions. */
  List<Coverage> roundTripFacts() {
    List<Coverage> facts = new ArrayList<>();
    for (String code : List.of(PNBSF, CANTEENS)) {
      facts.addAll(interventions.findByCode(code).orElseThrow().coverage());
    }
    return facts;
  }

  private OrganisationId org(String acronym, String name, OrganisationType type) {
    return organisations.create(OrganisationDraft.of(acronym, name, type)).id();
  }

  private static InterventionDraft draft(
      String code,
      String title,
      List<String> types,
      List<String> targetGroups,
      List<ParticipantDraft> participants,
      List<CoverageDraft> rows) {
    return new InterventionDraft(
        code,
        title,
        null,
        types,
        "CASH",
        null,
        null,
        targetGroups,
        null,
        null,
        "ONGOING",
        null,
        null,
        participants,
        rows,
        "test",
        true);
  }

  private static CoverageDraft row(
      String pcode, String period, Long planned, Long reached, BeneficiaryUnit unit, Long budget) {
    return CoverageDraft.of(
        PCode.of(pcode), Period.parse(period), planned, reached, unit, budget, "Rapport " + period);
  }
}
