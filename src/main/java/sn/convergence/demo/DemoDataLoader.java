package sn.convergence.demo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import sn.convergence.actors.Organisation;
import sn.convergence.actors.OrganisationDraft;
import sn.convergence.actors.OrganisationId;
import sn.convergence.actors.OrganisationType;
import sn.convergence.actors.Organisations;
import sn.convergence.context.ContextIndicators;
import sn.convergence.context.ContextValue;
import sn.convergence.geography.AdminLevel;
import sn.convergence.geography.AdminUnits;
import sn.convergence.geography.PCode;
import sn.convergence.registry.CoverageDraft;
import sn.convergence.registry.InterventionDraft;
import sn.convergence.registry.Interventions;
import sn.convergence.registry.ParticipantDraft;
import sn.convergence.system.Role;
import sn.convergence.system.Settings;
import sn.convergence.system.UserAccounts;

/**
 * Loads the demonstration dataset on start when the demo mode applies to the database and it was
 * not loaded before: organisations, interventions with coverage, context values and the four
 * documented demo accounts, all in one transaction (a failure leaves nothing half-loaded).
 */
@Component
@Profile("!cli")
@Order(10)
class DemoDataLoader implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);
  static final String DEMO_SOURCE = "Démonstration – données fictives";
  static final String PARTNER_ORGANISATION = "WFP";

  private final DemoMode mode;
  private final String jdbcUrl;
  private final Settings settings;
  private final AdminUnits adminUnits;
  private final Organisations organisations;
  private final Interventions interventions;
  private final ContextIndicators context;
  private final UserAccounts accounts;
  private final TransactionTemplate transaction;

  DemoDataLoader(
      @Value("${convergence.demo.mode:auto}") String mode,
      @Value("${spring.datasource.url:}") String jdbcUrl,
      Settings settings,
      AdminUnits adminUnits,
      Organisations organisations,
      Interventions interventions,
      ContextIndicators context,
      UserAccounts accounts,
      TransactionTemplate transaction) {
    this.mode = DemoMode.parse(mode);
    this.jdbcUrl = jdbcUrl;
    this.settings = settings;
    this.adminUnits = adminUnits;
    this.organisations = organisations;
    this.interventions = interventions;
    this.context = context;
    this.accounts = accounts;
    this.transaction = transaction;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (!mode.appliesTo(jdbcUrl) || settings.isTrue(Settings.DEMO_LOADED)) {
      return;
    }
    long started = System.nanoTime();
    DemoDataset dataset =
        new DemoGenerator(
                ReferenceDepartments.fromAdminUnits(
                    adminUnits.list(AdminLevel.DEPARTMENT, null, null)))
            .generate(DemoGenerator.DEFAULT_SEED);
    asSystem(() -> transaction.executeWithoutResult(status -> load(dataset)));
    log.info(
        "Loaded demonstration data: {} interventions, {} coverage rows, {} context values in {} ms",
        dataset.interventions().size(),
        dataset.coverage().size(),
        dataset.context().size(),
        (System.nanoTime() - started) / 1_000_000);
  }

  /** Writes the whole dataset; called inside one transaction. */
  void load(DemoDataset dataset) {
    Map<String, OrganisationId> ids = loadOrganisations(dataset.organisations());
    Map<String, List<CoverageDraft>> coverage = new HashMap<>();
    for (DemoCoverage fact : dataset.coverage()) {
      coverage.computeIfAbsent(fact.interventionCode(), k -> new ArrayList<>()).add(draft(fact));
    }
    for (DemoIntervention intervention : dataset.interventions()) {
      interventions.create(
          draft(intervention, ids, coverage.getOrDefault(intervention.code(), List.of())));
    }
    context.save(dataset.context().stream().map(DemoDataLoader::contextValue).toList());
    createAccounts(ids.get(PARTNER_ORGANISATION));
    settings.put(Settings.DEMO_LOADED, "true");
  }

  private Map<String, OrganisationId> loadOrganisations(List<DemoOrganisation> list) {
    Map<String, OrganisationId> ids = new HashMap<>();
    List<DemoOrganisation> pending = new ArrayList<>(list);
    while (!pending.isEmpty()) {
      int before = pending.size();
      pending.removeIf(
          o -> {
            if (o.parentAcronym() != null && !ids.containsKey(o.parentAcronym())) {
              return false;
            }
            Organisation saved =
                organisations.create(
                    new OrganisationDraft(
                        o.acronym(),
                        o.name(),
                        OrganisationType.valueOf(o.type()),
                        o.parentAcronym() == null ? null : ids.get(o.parentAcronym()),
                        null,
                        true));
            ids.put(o.acronym(), saved.id());
            return true;
          });
      if (pending.size() == before) {
        throw new IllegalStateException("Demo organisations with unknown parents: " + pending);
      }
    }
    return ids;
  }

  private static InterventionDraft draft(
      DemoIntervention i, Map<String, OrganisationId> ids, List<CoverageDraft> coverage) {
    List<ParticipantDraft> participants =
        i.participants().stream()
            .map(p -> new ParticipantDraft(ids.get(p.acronym()).value(), p.role()))
            .distinct()
            .toList();
    return new InterventionDraft(
        i.code(),
        i.titleFr(),
        i.descriptionFr(),
        i.typeCodes(),
        i.modality(),
        null,
        null,
        i.targetGroups(),
        i.startDate(),
        i.endDate(),
        i.status(),
        i.scalingStage(),
        null,
        participants,
        coverage,
        DEMO_SOURCE,
        true);
  }

  private static CoverageDraft draft(DemoCoverage fact) {
    return new CoverageDraft(
        fact.pcode(),
        fact.periodLabel(),
        fact.periodStart(),
        fact.periodEnd(),
        fact.planned(),
        fact.reached(),
        fact.beneficiaryUnit(),
        fact.budgetXof(),
        fact.source());
  }

  private static ContextValue contextValue(DemoContextValue v) {
    return new ContextValue(
        v.indicatorCode(), PCode.of(v.pcode()), v.year(), v.value(), v.source(), true);
  }

  private void createAccounts(OrganisationId partnerOrganisation) {
    accounts.create("demo-admin", "demo-admin", Role.ADMIN, null, true);
    accounts.create("demo-coordinator", "demo-coordinator", Role.COORDINATOR, null, true);
    accounts.create(
        "demo-partner", "demo-partner", Role.PARTNER, partnerOrganisation.value(), true);
    accounts.create("demo-viewer", "demo-viewer", Role.VIEWER, null, true);
  }

  private static void asSystem(Runnable work) {
    var previous = SecurityContextHolder.getContext();
    var context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(
        UsernamePasswordAuthenticationToken.authenticated(
            "system:demo", null, List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))));
    SecurityContextHolder.setContext(context);
    try {
      work.run();
    } finally {
      SecurityContextHolder.setContext(previous);
    }
  }
}
