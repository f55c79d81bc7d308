package sn.convergence.demo;

import static sn.convergence.demo.DemoCodes.FIRST_YEAR;
import static sn.convergence.demo.DemoCodes.HOUSEHOLDS;
import static sn.convergence.demo.DemoCodes.LAST_YEAR;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import sn.convergence.demo.ContextModel.Profile;

/**
 * National cash and food transfers: PNBSF, the 2022 exceptional transfer and the 2020 COVID-19 food
 * kits (demo spec, section 3).
 */
final class CashTransfers {

  static final long EXCEPTIONAL_AMOUNT = 80_000;
  static final long COVID_KIT_VALUE = 66_000;

  private final ContextModel context;
  private final Facts facts;
  private final long seed;
  private final Map<String, Long> pnbsf = new HashMap<>();

  CashTransfers(ContextModel context, Facts facts, long seed) {
    this.context = context;
    this.facts = facts;
    this.seed = seed;
  }

  /** Nominal national PNBSF households of a year (the draw stays within a few % of it). */
  static double pnbsfNominal(int year) {
    if (year >= 2024) {
      return 345_000;
    }
    return switch (year) {
      case 2013 -> 50_000;
      case 2014 -> 100_000;
      case 2015 -> 200_000;
      case 2016 -> 250_000;
      default -> 300_000;
    };
  }

  /** Quarterly PNBSF transfer times four. */
  static long pnbsfAnnualAmount(int year) {
    return year >= 2024 ? 140_000 : 100_000;
  }

  long pnbsfHouseholds(String pcode, int year) {
    return pnbsf.getOrDefault(pcode + "@" + year, 0L);
  }

  void generate() {
    pnbsf(DemoRandom.of(seed, "pnbsf"));
    exceptional2022();
    covidKits(DemoRandom.of(seed, "covid"));
  }

  private void pnbsf(DemoRandom random) {
    Map<String, Double> noise = new HashMap<>();
    for (DemoDepartment department : context.territory().all()) {
      boolean pocket = DemoStories.UNCOVERED.equals(department.pcode());
      double factor = pocket ? DemoStories.UNCOVERED_QUOTA_FACTOR : random.between(0.8, 1.2);
      noise.put(department.pcode(), factor);
    }
    for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
      List<Profile> profiles = context.profiles(year);
      double[] weights = new double[profiles.size()];
      for (int i = 0; i < weights.length; i++) {
        Profile p = profiles.get(i);
        weights[i] = p.population() * p.poverty() * noise.get(p.pcode());
      }
      double target =
          year >= 2024
              ? random.between(335_000, 355_000)
              : pnbsfNominal(year) * random.between(0.99, 1.01);
      long[] households = Allocation.allocate(target, weights, 300, 15_000);
      for (int i = 0; i < weights.length; i++) {
        String pcode = profiles.get(i).pcode();
        long hh = households[i];
        double paid = random.between(0.85, 0.98);
        pnbsf.put(pcode + "@" + year, hh);
        facts.add(
            DemoCodes.PNBSF,
            pcode,
            Period.year(year),
            hh,
            hh,
            HOUSEHOLDS,
            Math.round(hh * pnbsfAnnualAmount(year) * paid),
            "fichier national DGPSN, taux de paiement " + Facts.percent(paid));
      }
    }
  }

  private void exceptional2022() {
    for (Profile p : context.profiles(2022)) {
      facts.add(
          DemoCodes.CASH_2022,
          p.pcode(),
          Period.year(2022),
          p.rnu(),
          p.rnu(),
          HOUSEHOLDS,
          p.rnu() * EXCEPTIONAL_AMOUNT,
          "MDCEST/DGPSN, bilan des transferts exceptionnels (80 000 XOF par ménage du RNU)");
    }
  }

  private void covidKits(DemoRandom random) {
    List<Profile> profiles = context.profiles(2020);
    double[] weights = new double[profiles.size()];
    for (int i = 0; i < weights.length; i++) {
      Profile p = profiles.get(i);
      weights[i] = p.households() * (0.4 + p.poverty() / 100);
    }
    long[] planned = Allocation.allocate(random.between(1.0e6, 1.1e6), weights, 3_000, 60_000);
    for (int i = 0; i < weights.length; i++) {
      long served = Math.round(planned[i] * random.between(0.97, 1.0));
      facts.add(
          DemoCodes.COVID_KITS,
          profiles.get(i).pcode(),
          Period.year(2020),
          planned[i],
          served,
          HOUSEHOLDS,
          served * COVID_KIT_VALUE,
          "MDCEST/CSA, bilan de distribution des kits, ménages du RNU "
              + Facts.percent(random.between(0.55, 0.60)));
    }
  }
}
