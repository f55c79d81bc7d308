package sn.convergence.demo;

import java.util.ArrayList;
import java.util.List;

/**
 * R4 Rural Resilience Initiative by agricultural season: Tambacounda in 2013, four departments in
 * 2014, five in 2015, scale-up to eight by 2019, then two departments dropped in 2022 when the
 * scale-up grant ends (story 4). Drought years trigger insurance payouts.
 */
final class Resilience {

  static final List<Integer> DROUGHT_YEARS = List.of(2014, 2018);

  private final ContextModel context;
  private final Facts facts;
  private final DemoRandom random;

  Resilience(ContextModel context, Facts facts, long seed) {
    this.context = context;
    this.facts = facts;
    this.random = DemoRandom.of(seed, "r4");
  }

  /** Departments in R4 in a season, in entry order. */
  static List<String> footprint(int year) {
    List<String> departments = new ArrayList<>();
    departments.add("SN1204");
    if (year >= 2014) {
      departments.addAll(List.of("SN1203", "SN0701", "SN0703"));
    }
    if (year >= 2015) {
      departments.add("SN0403");
    }
    if (year >= 2018) {
      departments.add("SN0402");
    }
    if (year >= 2019 && year < DemoStories.R4_DROP_YEAR) {
      departments.addAll(DemoStories.R4_DROPPED);
    }
    return departments;
  }

  /** Nominal participants nationally in a season. */
  static double participants(int year) {
    if (year == 2013) {
      return 500;
    }
    if (year == 2014) {
      return 6_000;
    }
    if (year < 2018) {
      return 12_000 + 500 * (year - 2015);
    }
    return year < DemoStories.R4_DROP_YEAR ? 14_000 + 2_000 * (year - 2018) : 16_000;
  }

  void generate() {
    double[] appetite = new double[context.territory().size()];
    for (int i = 0; i < appetite.length; i++) {
      appetite[i] = random.between(0.7, 1.3);
    }
    for (int year = DemoCodes.FIRST_YEAR; year <= DemoCodes.LAST_YEAR; year++) {
      List<String> departments =
          footprint(year).stream().filter(context.territory()::has).sorted().toList();
      double[] weights = new double[departments.size()];
      for (int i = 0; i < weights.length; i++) {
        weights[i] = appetite[context.territory().indexOf(departments.get(i))];
      }
      double total = participants(year) * random.between(0.95, 1.05);
      long[] participants = Allocation.allocate(total, weights, 300, 4_000);
      for (int i = 0; i < weights.length; i++) {
        report(departments.get(i), year, participants[i]);
      }
    }
  }

  private void report(String pcode, int year, long participants) {
    Period season = Period.season(year);
    String source = "rapport conjoint PAM/Oxfam R4, campagne " + year;
    long assets = participants * 1000 * random.intBetween(60, 120);
    facts.add(
        DemoCodes.R4, pcode, season, null, participants, DemoCodes.PARTICIPANTS, assets, source);
    long insured = Math.round(participants * random.between(0.2, 0.4));
    long premiums = insured * 1000 * random.intBetween(15, 25);
    long payout = DROUGHT_YEARS.contains(year) ? 1_000_000L * random.intBetween(20, 60) : 0;
    String detail =
        payout > 0 ? source + ", dont indemnisations sécheresse " + payout + " XOF" : source;
    facts.add(
        DemoCodes.R4,
        pcode,
        season,
        null,
        insured,
        DemoCodes.FARMERS_INSURED,
        premiums + payout,
        detail);
  }
}
