package sn.convergence.demo;

import static sn.convergence.demo.BaseDemography.yearIndex;
import static sn.convergence.demo.ContextModel.RNU_FIRST_YEAR;

import java.util.List;

/**
 * RNU households by department (demo spec, section 2): a share of households that grows with
 * poverty, calibrated on national totals, then an extension from 2023 that starts with a jump of
 * 60-80% in one region (story 6).
 */
final class RegistryGrowth {

  private final Territory territory;
  private final BaseDemography base;
  private final double[][] rnu;

  RegistryGrowth(Territory territory, BaseDemography base, double[][] rnu) {
    this.territory = territory;
    this.base = base;
    this.rnu = rnu;
  }

  void grow(double[] targetsThousands, DemoRandom random) {
    List<DemoDepartment> all = territory.all();
    int n = all.size();
    double[] noise = new double[n];
    for (int i = 0; i < n; i++) {
      noise[i] = random.between(0.9, 1.1);
    }
    double jump = random.between(1.62, 1.78);
    for (int t = 0; t < targetsThousands.length; t++) {
      int year = RNU_FIRST_YEAR + t;
      double target = targetsThousands[t] * 1000 * random.between(0.997, 1.003);
      if (year < DemoStories.RNU_JUMP_YEAR) {
        allocate(year, target, noise);
      } else {
        extend(year, target, year == DemoStories.RNU_JUMP_YEAR ? jump : 0, random);
      }
    }
  }

  private void allocate(int year, double target, double[] noise) {
    int n = territory.size();
    int round = year >= 2021 ? 1 : 0;
    double[] weights = new double[n];
    double[] max = new double[n];
    for (int i = 0; i < n; i++) {
      double households = base.households(i, year);
      weights[i] = households * (0.3 + base.poverty[i][round] / 100) * noise[i];
      max[i] = 0.9 * households;
    }
    long[] shares = Allocation.allocate(target, weights, new double[n], max);
    for (int i = 0; i < n; i++) {
      rnu[i][yearIndex(year)] = shares[i];
    }
  }

  /** Grows last year's values to the target; {@code jump} > 0 applies to the story region. */
  private void extend(int year, double target, double jump, DemoRandom random) {
    int n = territory.size();
    int y = yearIndex(year);
    double jumped = 0;
    double others = 0;
    for (int i = 0; i < n; i++) {
      if (jump > 0 && inJumpRegion(i)) {
        rnu[i][y] = Math.round(rnu[i][y - 1] * jump);
        jumped += rnu[i][y];
      } else {
        others += rnu[i][y - 1];
      }
    }
    double growth = (target - jumped) / others;
    for (int i = 0; i < n; i++) {
      if (!(jump > 0 && inJumpRegion(i))) {
        double grown = rnu[i][y - 1] * growth * random.between(0.985, 1.015);
        rnu[i][y] = Math.round(Math.min(grown, 0.9 * base.households(i, year)));
      }
    }
  }

  private boolean inJumpRegion(int unit) {
    return DemoStories.RNU_JUMP_REGION.equals(territory.all().get(unit).regionPcode());
  }
}
