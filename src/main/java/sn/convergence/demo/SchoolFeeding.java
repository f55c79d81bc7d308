package sn.convergence.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import sn.convergence.demo.ContextModel.Profile;

/**
 * School feeding by school year (2013/2014 to 2024/2025): WFP in six eastern and southern regions
 * (Kolda from 2019/2020), Counterpart International (USDA) in Saint-Louis region, the GPE/AFD
 * COVID-19 canteens of 2020/2021 and the canteens of two conseils départementaux. Each
 * department-year gives a PUPILS fact carrying the budget and a SCHOOLS fact.
 */
final class SchoolFeeding {

  static final Set<String> WFP_REGIONS = Set.of("SN09", "SN04", "SN12", "SN11", "SN06", "SN07");
  static final String LATE_WFP_REGION = "SN07";
  static final int LATE_WFP_YEAR = 2019;
  static final int FIRST_SCHOOL_YEAR = 2013;
  static final int LAST_SCHOOL_YEAR = 2024;
  static final Set<String> GPE_REGIONS =
      Set.of("SN13", "SN02", "SN05", "SN10", "SN07", "SN11", "SN14");

  private final ContextModel context;
  private final Facts facts;
  private final DemoRandom random;

  SchoolFeeding(ContextModel context, Facts facts, long seed) {
    this.context = context;
    this.facts = facts;
    this.random = DemoRandom.of(seed, "school-feeding");
  }

  void generate() {
    wfp();
    List<String> stLouis = inRegions(Set.of("SN10"));
    for (String pcode : stLouis) {
      canteens(DemoCodes.CANTEENS_USDA, pcode, 2019, 2023, "Counterpart International");
    }
    for (String region : GPE_REGIONS.stream().sorted().toList()) {
      String pcode = random.pick(inRegions(Set.of(region)));
      canteens(DemoCodes.CANTEENS_GPE, pcode, 2020, 2020, "MEN-DCaS, cantines COVID-19 GPE/AFD");
    }
    canteens(DemoCodes.CANTEENS_LOCAL, "SN0902", 2021, 2024, "Conseil départemental de Matam");
    canteens(DemoCodes.CANTEENS_LOCAL, "SN1401", 2021, 2024, "Conseil départemental de Bignona");
  }

  private void wfp() {
    List<String> footprint = inRegions(WFP_REGIONS);
    double[] weights = new double[footprint.size()];
    double[] pupilsPerSchool = new double[footprint.size()];
    double[] costPerPupil = new double[footprint.size()];
    for (int i = 0; i < weights.length; i++) {
      weights[i] =
          Math.sqrt(profile(footprint.get(i), 2013).population()) * random.between(0.7, 1.3);
      pupilsPerSchool[i] = random.between(165, 225);
      costPerPupil[i] = random.between(18_000, 35_000);
    }
    for (int year = FIRST_SCHOOL_YEAR; year <= LAST_SCHOOL_YEAR; year++) {
      int schoolYear = year;
      double[] w = weights.clone();
      double[] max = new double[w.length];
      for (int i = 0; i < w.length; i++) {
        boolean late =
            context.territory().get(footprint.get(i)).regionPcode().equals(LATE_WFP_REGION);
        w[i] = late && schoolYear < LATE_WFP_YEAR ? 0 : w[i];
        max[i] = w[i] == 0 ? 0 : Math.min(80, 0.6 * profile(footprint.get(i), year + 1).schools());
      }
      double[] min = new double[w.length];
      for (int i = 0; i < w.length; i++) {
        min[i] = w[i] == 0 ? 0 : 15;
      }
      long[] schools = Allocation.allocate(520 + 15.0 * (year - FIRST_SCHOOL_YEAR), w, min, max);
      for (int i = 0; i < w.length; i++) {
        if (schools[i] > 0) {
          long pupils = Math.round(schools[i] * pupilsPerSchool[i] * random.between(0.95, 1.05));
          int days = random.intBetween(120, 180);
          String voucher =
              year >= 2015 && year <= 2019 && random.chance(0.4)
                  ? ", bons d'achat " + Facts.percent(random.between(0.1, 0.4)) + " de la valeur"
                  : "";
          long budget = Math.round(pupils * costPerPupil[i] * days / 180.0);
          String source = "PAM, rapport annuel des cantines, " + days + " jours de repas" + voucher;
          report(
              DemoCodes.CANTEENS_WFP, footprint.get(i), year, schools[i], pupils, budget, source);
        }
      }
    }
  }

  private void canteens(String code, String pcode, int from, int to, String reporter) {
    long schools = random.intBetween(10, 120);
    double perSchool = random.between(80, 200);
    double cost = random.between(15_000, 40_000);
    for (int year = from; year <= to; year++) {
      long count = Math.min(schools, Math.round(0.5 * profile(pcode, year + 1).schools()));
      long pupils = Math.round(count * perSchool);
      report(code, pcode, year, count, pupils, Math.round(pupils * cost), reporter);
    }
  }

  private void report(
      String code, String pcode, int year, long schools, long pupils, long budget, String source) {
    Period period = Period.schoolYear(year);
    facts.add(code, pcode, period, null, pupils, DemoCodes.PUPILS, budget, source);
    facts.add(code, pcode, period, null, schools, DemoCodes.SCHOOLS, null, source);
  }

  /** Departments of the regions, existing throughout, excluding the uncovered pocket. */
  private List<String> inRegions(Set<String> regions) {
    List<String> pcodes = new ArrayList<>();
    for (DemoDepartment d : context.territory().all()) {
      if (regions.contains(d.regionPcode())
          && d.validFrom() == null
          && !DemoStories.UNCOVERED.equals(d.pcode())) {
        pcodes.add(d.pcode());
      }
    }
    return pcodes;
  }

  private Profile profile(String pcode, int year) {
    return context.profile(pcode, Math.min(year, DemoCodes.LAST_YEAR));
  }
}
