package sn.convergence.demo;

import java.util.List;
import sn.convergence.demo.ContextModel.Profile;

/**
 * Yokk Koom Koom (story 3): an urban pilot in 2018-2019 (≈ 15 k households), then all departments
 * in 2021-2023 (≈ 45 k) and 2024-2025 (≈ 40 k). Each fact gives the households enrolled so far in
 * the phase, with a second fact for the savings groups (AVEC) they form.
 */
final class Graduation {

  static final long GRANT = 150_000;
  static final long COACHING = 25_000;

  private final ContextModel context;
  private final Facts facts;
  private final DemoRandom random;

  Graduation(ContextModel context, Facts facts, long seed) {
    this.context = context;
    this.facts = facts;
    this.random = DemoRandom.of(seed, "ykk");
  }

  void generate() {
    List<Profile> pilot =
        context.profiles(2018).stream()
            .filter(p -> DemoStories.YKK_PILOT.contains(p.pcode()))
            .toList();
    phase(pilot, 15_000, 1_200, new int[] {2018, 2019}, new double[] {0.5, 0.65, 1, 1});
    phase(context.profiles(2021), 45_000, 700, new int[] {2021, 2022, 2023}, ramp3());
    phase(context.profiles(2024), 40_000, 650, new int[] {2024, 2025}, ramp2());
  }

  private static double[] ramp3() {
    return new double[] {0.5, 0.6, 0.85, 0.95, 1, 1};
  }

  private static double[] ramp2() {
    return new double[] {0.5, 0.65, 1, 1};
  }

  /**
   * Allocates a phase's households over departments, then reports each year the share enrolled so
   * far: {@code ramp} holds, per year, the low and high bound of that share.
   */
  private void phase(List<Profile> units, double total, double min, int[] years, double[] ramp) {
    double[] weights = new double[units.size()];
    for (int i = 0; i < weights.length; i++) {
      weights[i] = units.get(i).population() * units.get(i).poverty() * random.between(0.8, 1.2);
    }
    long[] quota = Allocation.allocate(total * random.between(0.98, 1.02), weights, min, 2_500);
    for (int i = 0; i < quota.length; i++) {
      long before = 0;
      for (int y = 0; y < years.length; y++) {
        double share = random.between(ramp[2 * y], ramp[2 * y + 1]);
        long enrolled = Math.max(before, Math.round(quota[i] * share));
        report(units.get(i).pcode(), years[y], enrolled, enrolled - before);
        before = enrolled;
      }
    }
  }

  private void report(String pcode, int year, long enrolled, long newcomers) {
    double active = random.between(0.55, 0.85);
    facts.add(
        DemoCodes.YKK,
        pcode,
        Period.year(year),
        null,
        enrolled,
        DemoCodes.HOUSEHOLDS,
        newcomers * GRANT + enrolled * COACHING,
        "DGPSN/PAPSA, suivi Yokk Koom Koom, AGR actives après 12 mois " + Facts.percent(active));
    facts.add(
        DemoCodes.YKK,
        pcode,
        Period.year(year),
        null,
        Math.max(1, Math.round(enrolled / random.between(20, 30))),
        DemoCodes.GROUPS,
        null,
        "DGPSN/PAPSA, groupes d'épargne (AVEC) constitués");
  }
}
