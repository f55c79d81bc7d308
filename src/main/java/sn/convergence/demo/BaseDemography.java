package sn.convergence.demo;

import static sn.convergence.demo.DemoCodes.FIRST_YEAR;
import static sn.convergence.demo.DemoCodes.LAST_YEAR;

import java.util.List;
import java.util.Set;
import java.util.function.DoubleUnaryOperator;

/**
 * Population, household size, poverty, CMU coverage and schools of every department as if it had
 * always existed (demo spec, section 2); {@link ContextModel} merges split departments for the
 * years before the split.
 */
final class BaseDemography {

  static final int YEARS = LAST_YEAR - FIRST_YEAR + 1;

  private static final Set<String> EXTRA_LARGE = Set.of("SN0101", "SN0103", "SN0203");
  private static final Set<String> LARGE =
      Set.of("SN0104", "SN0105", "SN0502", "SN1301", "SN1302", "SN1303");
  private static final Set<String> SMALL =
      Set.of(
          "SN0303", "SN0401", "SN0404", "SN0501", "SN0601", "SN1102", "SN1201", "SN1202", "SN1203");
  private static final Set<String> EXTRA_SMALL = Set.of("SN0602", "SN0603", "SN0903", "SN1402");
  private static final Set<String> FAST_GROWING = Set.of("SN0103", "SN0104", "SN0105", "SN0203");
  private static final Set<String> LARGE_HOUSEHOLDS = Set.of("SN07", "SN09", "SN11", "SN12");
  private static final Set<String> RICHEST = Set.of("SN01");
  private static final Set<String> MIDDLE = Set.of("SN02", "SN05", "SN08", "SN10", "SN13");
  private static final Set<String> POORER = Set.of("SN03", "SN04", "SN09", "SN14");

  final double[][] population;
  final double[] householdSize;

  /** Poverty rate (%) by department and survey round (0 = 2018/19, 1 = 2021/22). */
  final double[][] poverty;

  final double[][] cmu;
  final double[][] schools;

  BaseDemography(Territory territory, long seed) {
    List<DemoDepartment> all = territory.all();
    int n = all.size();
    population = new double[n][YEARS];
    householdSize = new double[n];
    poverty = new double[n][2];
    cmu = new double[n][YEARS];
    schools = new double[n][YEARS];
    populate(all, DemoRandom.of(seed, "population"));
    householdSizes(all, DemoRandom.of(seed, "household-size"));
    poverty(all, DemoRandom.of(seed, "poverty"));
    cmu(n, DemoRandom.of(seed, "cmu"));
    schools(territory, DemoRandom.of(seed, "schools"));
  }

  static int yearIndex(int year) {
    return year - FIRST_YEAR;
  }

  double households(int unit, int year) {
    return Math.round(population[unit][yearIndex(year)] / householdSize[unit]);
  }

  private void populate(List<DemoDepartment> all, DemoRandom random) {
    int n = all.size();
    double[] base = new double[n];
    double[] growth = new double[n];
    for (int i = 0; i < n; i++) {
      String pcode = all.get(i).pcode();
      base[i] = baseThousands(pcode, random) * 1000;
      growth[i] =
          FAST_GROWING.contains(pcode)
              ? random.between(0.038, 0.048)
              : "SN0101".equals(pcode)
                  ? random.between(0.025, 0.028)
                  : random.between(0.025, 0.035);
    }
    double scale = random.between(13.45e6, 13.55e6) / sum(base);
    double target2023 = random.between(18.02e6, 18.18e6);
    double delta =
        solve(
            d -> {
              double total = 0;
              for (int i = 0; i < n; i++) {
                total += base[i] * scale * Math.pow(1 + growth[i] + d, 10);
              }
              return total;
            },
            target2023,
            -0.02,
            0.02);
    for (int i = 0; i < n; i++) {
      for (int y = 0; y < YEARS; y++) {
        population[i][y] = Math.round(base[i] * scale * Math.pow(1 + growth[i] + delta, y));
      }
    }
  }

  private static double baseThousands(String pcode, DemoRandom random) {
    if (EXTRA_LARGE.contains(pcode)) {
      return random.between(750, 1050);
    }
    if (LARGE.contains(pcode)) {
      return random.between(400, 650);
    }
    if (EXTRA_SMALL.contains(pcode)) {
      return random.between(27, 70);
    }
    return SMALL.contains(pcode) ? random.between(70, 180) : random.between(160, 380);
  }

  private void householdSizes(List<DemoDepartment> all, DemoRandom random) {
    for (int i = 0; i < all.size(); i++) {
      String region = all.get(i).regionPcode();
      double size =
          RICHEST.contains(region)
              ? random.between(5.8, 6.6)
              : LARGE_HOUSEHOLDS.contains(region)
                  ? random.between(10.0, 11.0)
                  : "SN06".equals(region) ? random.between(9.0, 10.0) : random.between(8.0, 9.0);
      householdSize[i] = Math.round(size * 10) / 10.0;
    }
  }

  private void poverty(List<DemoDepartment> all, DemoRandom random) {
    int n = all.size();
    double[][] position = new double[n][2];
    for (int i = 0; i < n; i++) {
      boolean pocket = DemoStories.UNCOVERED.equals(all.get(i).pcode());
      position[i][0] = pocket ? random.between(0.85, 0.95) : random.between(0.15, 0.85);
      position[i][1] = position[i][0] + random.between(-0.08, 0.04);
    }
    for (int round = 0; round < 2; round++) {
      int r = round;
      int yearIndex = yearIndex(r == 0 ? 2018 : 2021);
      double target = random.between(37.35, 37.65);
      double shift =
          solve(
              t -> {
                double poor = 0;
                double people = 0;
                for (int i = 0; i < n; i++) {
                  poor += population[i][yearIndex] * rate(all.get(i), position[i][r] + t);
                  people += population[i][yearIndex];
                }
                return poor / people;
              },
              target,
              -1,
              1);
      for (int i = 0; i < n; i++) {
        poverty[i][r] = Math.round(rate(all.get(i), position[i][r] + shift) * 10) / 10.0;
      }
    }
  }

  /** Poverty rate at a position (0-1, clamped) within the department's regional range. */
  private static double rate(DemoDepartment department, double position) {
    String region = department.regionPcode();
    double lo = RICHEST.contains(region) ? 5 : MIDDLE.contains(region) ? 25 : 40;
    double hi = RICHEST.contains(region) ? 15 : MIDDLE.contains(region) ? 50 : 60;
    if (!RICHEST.contains(region) && !MIDDLE.contains(region) && !POORER.contains(region)) {
      lo = 50;
      hi = 80;
    }
    return lo + (hi - lo) * Math.max(0, Math.min(1, position));
  }

  private void cmu(int n, DemoRandom random) {
    for (int i = 0; i < n; i++) {
      double value = random.between(15, 25);
      for (int y = 0; y < YEARS; y++) {
        if (FIRST_YEAR + y == 2014) {
          value += random.between(0, 1);
        } else if (FIRST_YEAR + y >= 2015) {
          value = Math.min(60, value + random.between(2, 5));
        }
        cmu[i][y] = Math.round(value * 10) / 10.0;
      }
    }
  }

  private void schools(Territory territory, DemoRandom random) {
    List<DemoDepartment> all = territory.all();
    int n = all.size();
    double[] weights = new double[n];
    double[] min = new double[n];
    double[] max = new double[n];
    for (int i = 0; i < n; i++) {
      weights[i] = Math.pow(population[i][0], 0.8);
      min[i] = 60;
      max[i] = territory.isSplit(all.get(i).pcode()) ? 250 : 430;
    }
    long[] first = Allocation.allocate(9900.0, weights, min, max);
    for (int i = 0; i < n; i++) {
      double growth = random.between(0.006, 0.012);
      for (int y = 0; y < YEARS; y++) {
        schools[i][y] = Math.round(first[i] * Math.pow(1 + growth, y));
      }
    }
  }

  private static double sum(double[] values) {
    double total = 0;
    for (double v : values) {
      total += v;
    }
    return total;
  }

  /** Bisection for an increasing function: the x in [lo, hi] where f(x) = target. */
  static double solve(DoubleUnaryOperator f, double target, double lo, double hi) {
    double a = lo;
    double b = hi;
    for (int i = 0; i < 60; i++) {
      double mid = (a + b) / 2;
      if (f.applyAsDouble(mid) < target) {
        a = mid;
      } else {
        b = mid;
      }
    }
    return (a + b) / 2;
  }
}
