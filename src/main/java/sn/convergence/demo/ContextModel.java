package sn.convergence.demo;

import static sn.convergence.demo.BaseDemography.YEARS;
import static sn.convergence.demo.BaseDemography.yearIndex;
import static sn.convergence.demo.DemoCodes.FIRST_YEAR;
import static sn.convergence.demo.DemoCodes.LAST_YEAR;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The context layer at reporting level: one {@link Profile} per department active in a year (a
 * predecessor's profile includes the area of departments split from it later), the registry (RNU)
 * and the Cadre Harmonisé phases.
 */
final class ContextModel {

  /** RNU households nationally from 2016 (first full collection) to 2025, in thousands. */
  private static final double[] RNU_TARGETS = {400, 415, 430, 442, 490, 541, 543, 700, 870, 1000};

  static final int RNU_FIRST_YEAR = 2016;

  /** Context of one reporting department in one year. */
  record Profile(
      String pcode,
      String regionPcode,
      int year,
      long population,
      long households,
      double householdSize,
      double poverty,
      int phase,
      double cmu,
      long rnu,
      long schools) {}

  private final Territory territory;
  private final BaseDemography base;
  private final double[][] rnu;
  private final Map<String, Profile> profiles = new HashMap<>();

  ContextModel(Territory territory, long seed) {
    this.territory = territory;
    this.base = new BaseDemography(territory, seed);
    this.rnu = new double[territory.size()][YEARS];
    new RegistryGrowth(territory, base, rnu).grow(RNU_TARGETS, DemoRandom.of(seed, "rnu"));
    Map<String, Integer> phases = new CadreHarmonise(this).draw(DemoRandom.of(seed, "ch"));
    for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
      for (DemoDepartment department : territory.active(year)) {
        String key = key(department.pcode(), year);
        profiles.put(key, merge(department, year, phases.getOrDefault(key, 1)));
      }
    }
  }

  Territory territory() {
    return territory;
  }

  Profile profile(String pcode, int year) {
    Profile profile = profiles.get(key(pcode, year));
    if (profile == null) {
      throw new IllegalArgumentException(pcode + " does not report in " + year);
    }
    return profile;
  }

  List<Profile> profiles(int year) {
    return territory.active(year).stream().map(d -> profile(d.pcode(), year)).toList();
  }

  /** Poverty rate of a reporting department in a survey round (0 = 2018/19, 1 = 2021/22). */
  double povertyRound(String pcode, int round) {
    return merge(territory.get(pcode), round == 0 ? 2018 : 2021, 1).poverty();
  }

  private Profile merge(DemoDepartment department, int year, int phase) {
    int y = yearIndex(year);
    int round = year >= 2021 ? 1 : 0;
    double population = 0;
    double households = 0;
    double poor = 0;
    double insured = 0;
    double registered = 0;
    double schools = 0;
    for (DemoDepartment member : territory.all()) {
      if (department.pcode().equals(territory.reportingUnit(member.pcode(), year))) {
        int i = territory.indexOf(member.pcode());
        double people = base.population[i][y];
        population += people;
        households += base.households(i, year);
        poor += people * base.poverty[i][round];
        insured += people * base.cmu[i][y];
        registered += rnu[i][y];
        schools += base.schools[i][y];
      }
    }
    return new Profile(
        department.pcode(),
        department.regionPcode(),
        year,
        Math.round(population),
        Math.round(households),
        Math.round(population / households * 10) / 10.0,
        Math.round(poor / population * 10) / 10.0,
        phase,
        Math.round(insured / population * 10) / 10.0,
        Math.round(registered),
        Math.round(schools));
  }

  /** The context values of every reporting department and year. */
  List<DemoContextValue> values() {
    List<DemoContextValue> values = new ArrayList<>();
    for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
      for (Profile p : profiles(year)) {
        String y = Integer.toString(year);
        values.add(value(DemoCodes.POPULATION, p, y, p.population(), DemoCodes.UNIT_PERSONS));
        values.add(
            value(
                DemoCodes.HOUSEHOLD_SIZE,
                p,
                y,
                p.householdSize(),
                DemoCodes.UNIT_PERSONS_PER_HOUSEHOLD));
        values.add(
            value(DemoCodes.CONTEXT_HOUSEHOLDS, p, y, p.households(), DemoCodes.UNIT_HOUSEHOLDS));
        if (year == 2018 || year == 2021) {
          String round = year == 2018 ? "2018/19" : "2021/22";
          values.add(value(DemoCodes.POVERTY_RATE, p, round, p.poverty(), DemoCodes.UNIT_PERCENT));
        }
        values.add(value(DemoCodes.CH_PHASE, p, y, p.phase(), DemoCodes.UNIT_PHASE));
        values.add(value(DemoCodes.CMU_COVERAGE, p, y, p.cmu(), DemoCodes.UNIT_PERCENT));
        if (year >= RNU_FIRST_YEAR) {
          values.add(value(DemoCodes.RNU_HOUSEHOLDS, p, y, p.rnu(), DemoCodes.UNIT_HOUSEHOLDS));
        }
        values.add(value(DemoCodes.CONTEXT_SCHOOLS, p, y, p.schools(), DemoCodes.UNIT_SCHOOLS));
      }
    }
    return values;
  }

  private static DemoContextValue value(
      String indicator, Profile profile, String label, double value, String unit) {
    return new DemoContextValue(
        indicator, profile.pcode(), profile.year(), label, value, unit, source(indicator), true);
  }

  private static String source(String indicator) {
    String origin =
        switch (indicator) {
          case DemoCodes.POVERTY_RATE -> "enquête de pauvreté simulée";
          case DemoCodes.CH_PHASE -> "Cadre Harmonisé simulé (projeté juin-août)";
          case DemoCodes.CMU_COVERAGE -> "taux de couverture CMU simulé";
          case DemoCodes.RNU_HOUSEHOLDS -> "extrait RNU simulé";
          case DemoCodes.CONTEXT_SCHOOLS -> "carte scolaire simulée";
          default -> "projection démographique simulée";
        };
    return "DÉMO – données fictives – " + origin;
  }

  private static String key(String pcode, int year) {
    return pcode + "@" + year;
  }
}
