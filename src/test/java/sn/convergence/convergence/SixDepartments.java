package sn.convergence.convergence;

import static sn.convergence.convergence.Fixtures.adjacency;
import static sn.convergence.convergence.Fixtures.context;
import static sn.convergence.convergence.Fixtures.department;
import static sn.convergence.convergence.Fixtures.fact;

import java.util.List;
import sn.convergence.geography.AdminLevel;

/**
 * A hand-computed scenario. Need = 0.6 x poverty + 0.4 x food insecurity (Cadre Harmonisé phase),
 * min-max over the units: poverty 20-70 (range 50), phase 1-3 (range 2); Dakar has no phase and no
 * household size, so it is INSUFFICIENT_DATA and does not move the bounds. Population 100,000 and
 * household size 10 everywhere, so poor households = 100 x poverty rate; 20,000 school-age children
 * everywhere. High need: need >= 0.5; low coverage: package coverage <= 0.25.
 *
 * <pre>
 * unit          pov  phase  n(pov) n(ph)  need                     poor HH
 * SN0101 Podor   60   3     0.8    1.0    0.48+0.40 = 0.88          6000
 * SN0102 Matam   70   2     1.0    0.5    0.60+0.20 = 0.80          7000
 * SN0103 Kanel   45   2     0.5    0.5    0.30+0.20 = 0.50 (= cut)  4500
 * SN0104 Mbour   20   1     0.0    0.0    0                         2000
 * SN0105 Goudiry 65   3     0.9    1.0    0.54+0.40 = 0.94          6500
 * SN0106 Dakar   30   -     missing CH_PHASE and HOUSEHOLD_SIZE
 *
 * component coverage (grants / canteens / resilience / shock)   package   present  class
 * Podor   3000/6000=.5  10000/20000=.5  1200/6000=.2  0   1.2/4 = .30    3  CONVERGENCE
 * Matam   3500/7000=.5  12000/20000=.6  0             0   1.1/4 = .275   2  CONVERGENCE
 * Kanel    450/4500=.1  0               0             0    .1/4 = .025   1  GAP
 * Mbour   0  0  0  max(500/2000=.25, 3000/100000=.03)=.25  .25/4=.0625   1  DUPLICATION
 * Goudiry no fact                                          0              0  GAP
 * gap = need x (1 - coverage): Podor .88 x .70 = .616; Goudiry .94.
 * </pre>
 *
 * Adjacency (declared one way): Podor-Matam, Podor-Mbour, Matam-Kanel, Kanel-Goudiry, Mbour-Dakar.
 * Zones: GAP "Kanel – Goudiry", CONVERGENCE "Podor – Matam", DUPLICATION "Mbour".
 */
final class SixDepartments {

  private SixDepartments() {}

  static ConvergenceParameters parameters() {
    return ConvergenceParameters.defaults(AdminLevel.DEPARTMENT, "2021")
        .withNeedIndicators(
            List.of(NeedIndicator.of("POVERTY_RATE", 0.6), NeedIndicator.of("CH_PHASE", 0.4)))
        .withThresholds(
            new ClassThresholds(Threshold.absolute(0.5), Threshold.absolute(0.25), 2, 1));
  }

  static ConvergenceInputs inputs() {
    return new ConvergenceInputs(
        List.of(
            department(
                "SN0101",
                "Podor",
                full(60, 3),
                fact(
                    "PNBSF",
                    "FAMILY_GRANT",
                    "CASH_TRANSFER",
                    "DGPSN",
                    "EXTREMELY_POOR_HOUSEHOLDS",
                    "HOUSEHOLDS",
                    3000),
                fact(
                    "CANTINES",
                    "SCHOOL_CANTEEN",
                    "SCHOOL_FEEDING",
                    "WFP",
                    "PUPILS",
                    "PUPILS",
                    10000),
                fact(
                    "R4",
                    "INDEX_INSURANCE",
                    "RESILIENCE",
                    "OXFAM,WFP",
                    "SMALLHOLDER_FARMERS",
                    "HOUSEHOLDS",
                    1200)),
            department(
                "SN0102",
                "Matam",
                full(70, 2),
                fact(
                    "PNBSF",
                    "FAMILY_GRANT",
                    "CASH_TRANSFER",
                    "DGPSN",
                    "EXTREMELY_POOR_HOUSEHOLDS",
                    "HOUSEHOLDS",
                    3500),
                fact(
                    "CANTINES",
                    "SCHOOL_CANTEEN",
                    "SCHOOL_FEEDING",
                    "WFP",
                    "PUPILS",
                    "PUPILS",
                    12000)),
            department(
                "SN0103",
                "Kanel",
                full(45, 2),
                fact(
                    "PNBSF",
                    "FAMILY_GRANT",
                    "CASH_TRANSFER",
                    "DGPSN",
                    "EXTREMELY_POOR_HOUSEHOLDS",
                    "HOUSEHOLDS",
                    450)),
            department(
                "SN0104",
                "Mbour",
                full(20, 1),
                fact(
                    "CSA-SOUDURE",
                    "LEAN_SEASON_RESPONSE",
                    "FOOD_ASSISTANCE",
                    "CSA",
                    "FOOD_INSECURE_HOUSEHOLDS",
                    "HOUSEHOLDS",
                    500),
                fact(
                    "PAM-SOUDURE",
                    "LEAN_SEASON_RESPONSE",
                    "FOOD_ASSISTANCE",
                    "WFP",
                    "FOOD_INSECURE_HOUSEHOLDS",
                    "PEOPLE",
                    3000)),
            department("SN0105", "Goudiry", full(65, 3)),
            department(
                "SN0106",
                "Dakar",
                context("POPULATION", 100_000, "POVERTY_RATE", 30, "SCHOOL_AGE_CHILDREN", 20_000),
                fact(
                    "PNBSF",
                    "FAMILY_GRANT",
                    "CASH_TRANSFER",
                    "DGPSN",
                    "EXTREMELY_POOR_HOUSEHOLDS",
                    "HOUSEHOLDS",
                    300))),
        adjacency("SN0101:SN0102,SN0104", "SN0102:SN0103", "SN0103:SN0105", "SN0104:SN0106"));
  }

  private static List<ContextFact> full(int povertyRate, int phase) {
    return context(
        "POPULATION",
        100_000,
        "POVERTY_RATE",
        povertyRate,
        "HOUSEHOLD_SIZE",
        10,
        "CH_PHASE",
        phase,
        "SCHOOL_AGE_CHILDREN",
        20_000);
  }
}
