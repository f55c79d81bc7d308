package sn.convergence.demo;

import static sn.convergence.demo.DemoCodes.FIRST_YEAR;
import static sn.convergence.demo.DemoCodes.LAST_YEAR;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import sn.convergence.demo.ContextModel.Profile;

/** The registry, health insurance (CMU), disability cards and CICODEV's citizen observatories. */
final class NationalServices {

  static final long RNU_COST_PER_HOUSEHOLD = 1_500;
  static final long CMU_SUBSIDY_PER_PERSON = 3_500;
  static final long CARD_COST = 2_000;
  static final int CEC_FIRST_YEAR = 2015;
  static final int CICODEV_FIRST_YEAR = 2016;

  /** Cumulative disability cards nationally, from 2015, in thousands. */
  private static final double[] CARDS = {15, 28, 40, 50, 58, 65, 72, 80, 87, 94, 100};

  private final ContextModel context;
  private final CashTransfers cash;
  private final Facts facts;
  private final long seed;

  NationalServices(ContextModel context, CashTransfers cash, Facts facts, long seed) {
    this.context = context;
    this.cash = cash;
    this.facts = facts;
    this.seed = seed;
  }

  void generate() {
    registry();
    cmu(DemoRandom.of(seed, "cmu-facts"));
    cards(DemoRandom.of(seed, "cec"));
    observatories(DemoRandom.of(seed, "cicodev"));
  }

  private void registry() {
    for (int year = ContextModel.RNU_FIRST_YEAR; year <= LAST_YEAR; year++) {
      for (Profile p : context.profiles(year)) {
        facts.add(
            DemoCodes.RNU,
            p.pcode(),
            Period.year(year),
            null,
            p.rnu(),
            DemoCodes.HOUSEHOLDS,
            p.rnu() * RNU_COST_PER_HOUSEHOLD,
            "DGPSN/DRNU, extrait du registre au 31 décembre");
      }
    }
  }

  private void cmu(DemoRandom random) {
    for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
      for (Profile p : context.profiles(year)) {
        long persons = Math.round(p.population() * p.cmu() / 100);
        facts.add(
            DemoCodes.CMU,
            p.pcode(),
            Period.year(year),
            null,
            persons,
            DemoCodes.PEOPLE,
            persons * CMU_SUBSIDY_PER_PERSON,
            "ANACMU, situation de la couverture par les mutuelles et les gratuités");
        if (year >= 2015) {
          double share = 0.4 + 0.05 * (year - 2015) + random.between(-0.03, 0.03);
          share = Math.max(0.4, Math.min(0.9, share));
          facts.add(
              DemoCodes.CMU,
              p.pcode(),
              Period.year(year),
              null,
              Math.round(cash.pnbsfHouseholds(p.pcode(), year) * share),
              DemoCodes.HOUSEHOLDS,
              null,
              "ANACMU, ménages du PNBSF enrôlés dans une mutuelle (" + Facts.percent(share) + ")");
        }
      }
    }
  }

  private void cards(DemoRandom random) {
    Territory territory = context.territory();
    List<Profile> last = context.profiles(LAST_YEAR);
    double[] weights = new double[last.size()];
    double[] min = new double[last.size()];
    double[] max = new double[last.size()];
    for (int i = 0; i < weights.length; i++) {
      weights[i] = last.get(i).population() * random.between(0.8, 1.2);
      min[i] = 300;
      max[i] = territory.isSplit(last.get(i).pcode()) ? 2_500 : 5_000;
    }
    long[] finals = Allocation.allocate(CARDS[CARDS.length - 1] * 1000, weights, min, max);
    Map<String, Long> previous = new HashMap<>();
    for (int year = CEC_FIRST_YEAR; year <= LAST_YEAR; year++) {
      double ratio = CARDS[year - CEC_FIRST_YEAR] / CARDS[CARDS.length - 1];
      Map<String, Long> cumulative = new HashMap<>();
      for (int i = 0; i < finals.length; i++) {
        String unit = territory.reportingUnit(last.get(i).pcode(), year);
        cumulative.merge(unit, Math.max(300, Math.round(finals[i] * ratio)), Long::sum);
      }
      for (Profile p : context.profiles(year)) {
        long cards = cumulative.get(p.pcode());
        long issued = Math.max(0, cards - previous.getOrDefault(p.pcode(), 0L));
        facts.add(
            DemoCodes.CEC,
            p.pcode(),
            Period.year(year),
            null,
            cards,
            DemoCodes.CARDS,
            issued * CARD_COST,
            "services de l'action sociale, cartes délivrées (cumul)");
      }
      previous = cumulative;
    }
  }

  private void observatories(DemoRandom random) {
    List<String> candidates =
        context.territory().all().stream()
            .map(DemoDepartment::pcode)
            .filter(p -> !DemoStories.UNCOVERED.equals(p) && !context.territory().isSplit(p))
            .toList();
    List<String> chosen = random.shuffled(candidates).subList(0, random.intBetween(9, 11));
    for (String pcode : chosen.stream().sorted().toList()) {
      for (int year = CICODEV_FIRST_YEAR; year <= LAST_YEAR; year++) {
        long reports = random.intBetween(4, 12);
        facts.add(
            DemoCodes.CICODEV_OBS,
            pcode,
            Period.year(year),
            12L,
            reports,
            DemoCodes.REPORTS,
            reports * 1000 * random.intBetween(600, 1200),
            "CICODEV Africa, rapports des observatoires citoyens");
      }
    }
  }
}
