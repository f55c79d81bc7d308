package sn.convergence.bench;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import sn.convergence.ConvergenceApplication;
import sn.convergence.actors.OrganisationDraft;
import sn.convergence.actors.OrganisationId;
import sn.convergence.actors.OrganisationType;
import sn.convergence.actors.Organisations;
import sn.convergence.geography.AdminLevel;
import sn.convergence.geography.AdminUnit;
import sn.convergence.geography.PCode;
import sn.convergence.geography.ReferenceGeography;
import sn.convergence.registry.BeneficiaryUnit;
import sn.convergence.registry.CoverageDraft;
import sn.convergence.registry.InterventionDraft;
import sn.convergence.registry.Interventions;
import sn.convergence.registry.ParticipantDraft;
import sn.convergence.registry.ParticipantRole;
import sn.convergence.registry.Period;
import sn.convergence.registry.Presence;
import sn.convergence.registry.PresenceCalculator;
import sn.convergence.registry.PresenceQuery;
import sn.convergence.registry.PresenceReport;
import sn.convergence.registry.PresenceRow;

/**
 * The presence aggregate of 2021 for the 46 departments over 5,000 coverage rows, every row in
 * 2021, spread by a seeded random draw over 100 interventions of 12 organisations. Two benchmarks
 * ({@code ./scripts/bench.sh presence} runs both):
 *
 * <ul>
 *   <li>{@code presence-calculator}: the pure {@link PresenceCalculator} on the rows as {@link
 *       PresenceRow} records, with the shipped reference geography read without Spring;
 *   <li>{@code presence-report}: the whole {@link Presence#report} path (one query, participants,
 *       organisations, then the calculator) on the application with the {@code test} profile and
 *       its in-memory H2, filled through the {@link Interventions} API as an administrator.
 * </ul>
 */
public final class PresenceBench {

  static final int YEAR = 2021;
  static final int INTERVENTIONS = 100;
  static final int ROWS_PER_INTERVENTION = 50;
  static final int ORGANISATIONS = 12;
  private static final PCode KEUR_MASSAR = PCode.of("SN0105");
  private static final List<String> PERIODS =
      List.of("2021", "2021-Q1", "2021-Q2", "2021-Q3", "2021-Q4", "2021-06", "2020/2021");
  private static final List<String> TYPES =
      List.of("FAMILY_GRANT", "LEAN_SEASON_RESPONSE", "FOOD_DISTRIBUTION", "SCHOOL_CANTEEN");
  private static final List<BeneficiaryUnit> UNITS =
      List.of(
          BeneficiaryUnit.HOUSEHOLDS,
          BeneficiaryUnit.PEOPLE,
          BeneficiaryUnit.PUPILS,
          BeneficiaryUnit.SCHOOLS);
  private static final BenchPlan PLAN = new BenchPlan(20, 20, 1);
  private static final Duration WARM_UP = Duration.ofSeconds(5);

  private PresenceBench() {}

  /** One generated intervention: code, type, participating organisations (indexes), rows. */
  record Item(String code, String type, List<Integer> organisations, List<Row> rows) {}

  /** One generated coverage row. */
  record Row(
      PCode pcode, Period period, Long planned, Long reached, BeneficiaryUnit unit, Long budget) {}

  /** The departments of the year, in P-code order, as {@link Presence} lists them. */
  static List<AdminUnit> departments(List<AdminUnit> geography) {
    LocalDate from = LocalDate.of(YEAR, 1, 1);
    LocalDate to = LocalDate.of(YEAR, 12, 31);
    return geography.stream()
        .filter(u -> u.level() == AdminLevel.DEPARTMENT)
        .filter(u -> u.validFrom() == null || !u.validFrom().isAfter(to))
        .filter(u -> u.validTo() == null || !u.validTo().isBefore(from))
        .sorted(Comparator.comparing(AdminUnit::pcode))
        .toList();
  }

  /** 100 interventions of 50 rows each over the departments, the same for a given seed. */
  static List<Item> generate(List<AdminUnit> departments, long seed) {
    Random random = new Random(seed);
    List<Item> items = new ArrayList<>();
    for (int i = 0; i < INTERVENTIONS; i++) {
      BeneficiaryUnit unit = UNITS.get(random.nextInt(UNITS.size()));
      List<Integer> organisations =
          random.ints(0, ORGANISATIONS).distinct().limit(1 + random.nextInt(3)).boxed().toList();
      List<Row> rows = new ArrayList<>();
      for (int r = 0; r < ROWS_PER_INTERVENTION; r++) {
        PCode pcode = departments.get(random.nextInt(departments.size())).pcode();
        String label =
            pcode.equals(KEUR_MASSAR) ? "2021-Q4" : PERIODS.get(random.nextInt(PERIODS.size()));
        long planned = 10 + random.nextInt(5_000);
        Long reached = random.nextInt(10) == 0 ? null : planned * (50 + random.nextInt(50)) / 100;
        Long budget = random.nextInt(5) == 0 ? null : 1_000L * (1 + random.nextInt(50_000));
        rows.add(new Row(pcode, Period.parse(label), planned, reached, unit, budget));
      }
      items.add(
          new Item(
              "BENCH-%03d".formatted(i + 1),
              TYPES.get(random.nextInt(TYPES.size())),
              organisations,
              rows));
    }
    return items;
  }

  static String acronym(int organisation) {
    return "BORG-%02d".formatted(organisation + 1);
  }

  /** A cheap value computed from the report, so that the runner's checksum stays cheap. */
  static long summary(PresenceReport report) {
    return 31L * report.totals().rows() + report.totals().budgetXof() + report.units().size();
  }

  /** The pure calculator on 5,000 {@link PresenceRow} records. */
  public static final class Calculator implements BenchCase {

    private PresenceCalculator calculator;
    private List<AdminUnit> departments;
    private List<PresenceRow> rows;

    @Override
    public String name() {
      return "presence-calculator";
    }

    @Override
    public String operation() {
      return "aggregate of 5,000 rows into 46 departments (calculator)";
    }

    @Override
    public BenchPlan plan() {
      return PLAN;
    }

    @Override
    public Duration minWarmUp() {
      return WARM_UP;
    }

    @Override
    public void setUp() {
      List<AdminUnit> geography = ReferenceGeography.units();
      departments = departments(geography);
      AdminUnit country =
          geography.stream().filter(u -> u.level() == AdminLevel.COUNTRY).findFirst().orElseThrow();
      calculator =
          new PresenceCalculator(
              geography.stream().collect(Collectors.toMap(AdminUnit::pcode, u -> u, (a, b) -> a)),
              country);
      rows = new ArrayList<>();
      for (Item item : generate(departments, 1)) {
        List<String> actors = item.organisations().stream().map(PresenceBench::acronym).toList();
        for (Row r : item.rows()) {
          rows.add(
              new PresenceRow(
                  item.code(),
                  actors,
                  r.pcode(),
                  r.period().start(),
                  r.period().end(),
                  r.planned(),
                  r.reached(),
                  r.unit(),
                  r.budget()));
        }
      }
      requireShape(compute());
    }

    @Override
    public Object run() {
      return summary(compute());
    }

    private PresenceReport compute() {
      return calculator.compute(
          rows,
          AdminLevel.DEPARTMENT,
          LocalDate.of(YEAR, 1, 1),
          LocalDate.of(YEAR, 12, 31),
          departments);
    }
  }

  /** {@link Presence#report} on an in-memory H2 holding 5,000 coverage rows. */
  public static final class Report implements BenchCase {

    private ConfigurableApplicationContext context;
    private Presence presence;
    private final PresenceQuery query = PresenceQuery.ofYear(AdminLevel.DEPARTMENT, YEAR);

    @Override
    public String name() {
      return "presence-report";
    }

    @Override
    public String operation() {
      return "report of 5,000 rows into 46 departments (H2 query + calculator)";
    }

    @Override
    public BenchPlan plan() {
      return PLAN;
    }

    @Override
    public Duration minWarmUp() {
      return WARM_UP;
    }

    @Override
    public void setUp() {
      context =
          new SpringApplicationBuilder(ConvergenceApplication.class)
              .web(WebApplicationType.NONE)
              .profiles("test")
              .run();
      presence = context.getBean(Presence.class);
      asAdmin(this::fill);
      requireShape(presence.report(query));
    }

    private void fill() {
      Organisations organisations = context.getBean(Organisations.class);
      Interventions interventions = context.getBean(Interventions.class);
      List<OrganisationId> ids = new ArrayList<>();
      for (int o = 0; o < ORGANISATIONS; o++) {
        ids.add(
            organisations
                .create(
                    OrganisationDraft.of(
                        acronym(o), "Bench " + acronym(o), OrganisationType.NATIONAL_NGO))
                .id());
      }
      List<AdminUnit> departments =
          departments(context.getBean(sn.convergence.geography.AdminUnits.class).all());
      for (Item item : generate(departments, 1)) {
        interventions.create(draft(item, ids::get));
      }
    }

    private static InterventionDraft draft(Item item, Function<Integer, OrganisationId> ids) {
      return new InterventionDraft(
          item.code(),
          "Bench " + item.code(),
          null,
          List.of(item.type()),
          "CASH",
          null,
          null,
          null,
          null,
          null,
          "ONGOING",
          null,
          null,
          item.organisations().stream()
              .map(o -> ParticipantDraft.of(ids.apply(o), ParticipantRole.IMPLEMENTER))
              .toList(),
          item.rows().stream()
              .map(
                  r ->
                      CoverageDraft.of(
                          r.pcode(),
                          r.period(),
                          r.planned(),
                          r.reached(),
                          r.unit(),
                          r.budget(),
                          "bench"))
              .toList(),
          "bench",
          true);
    }

    @Override
    public Object run() {
      return summary(presence.report(query));
    }

    @Override
    public void tearDown() {
      if (context != null) {
        context.close();
      }
    }
  }

  /** Fails fast when the data is not what the benchmark claims to measure. */
  static void requireShape(PresenceReport report) {
    int rows = INTERVENTIONS * ROWS_PER_INTERVENTION;
    if (report.units().size() != 46 || report.totals().rows() != rows) {
      throw new IllegalStateException(
          "Expected 46 departments and %d rows in %d, got %d units and %d rows"
              .formatted(rows, YEAR, report.units().size(), report.totals().rows()));
    }
  }

  private static void asAdmin(Runnable work) {
    SecurityContext previous = SecurityContextHolder.getContext();
    SecurityContext admin = SecurityContextHolder.createEmptyContext();
    admin.setAuthentication(
        UsernamePasswordAuthenticationToken.authenticated(
            "bench", null, List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))));
    SecurityContextHolder.setContext(admin);
    try {
      work.run();
    } finally {
      SecurityContextHolder.setContext(previous);
    }
  }
}
