package sn.convergence.convergence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import sn.convergence.geography.AdminLevel;
import sn.convergence.geography.PCode;

/** Large seeded inputs for the benchmark: complete context, a grid-like adjacency. */
public final class BenchmarkInstances {

  private BenchmarkInstances() {}

  public static ConvergenceInputs of(int unitCount, int factCount, long seed) {
    RandomInstances random = new RandomInstances(seed, 0);
    Random rng = random.random();
    AdminLevel level = unitCount > 100 ? AdminLevel.COMMUNE : AdminLevel.DEPARTMENT;
    List<List<CoverageFact>> facts = new ArrayList<>();
    for (int u = 0; u < unitCount; u++) {
      facts.add(new ArrayList<>());
    }
    for (int f = 0; f < factCount; f++) {
      facts.get(rng.nextInt(unitCount)).add(random.fact());
    }
    ConvergenceInputs shape = random.next(unitCount, 0);
    List<UnitInput> units = new ArrayList<>();
    for (int u = 0; u < unitCount; u++) {
      UnitInput unit = shape.units().get(u);
      PCode pcode = PCode.of(String.format("SN%08d", 1010101 + u));
      units.add(new UnitInput(pcode, unit.name(), level, unit.context(), facts.get(u)));
    }
    int width = (int) Math.ceil(Math.sqrt(unitCount));
    Map<PCode, List<PCode>> adjacency = new LinkedHashMap<>();
    for (int u = 0; u < unitCount; u++) {
      List<PCode> neighbours = new ArrayList<>();
      if ((u + 1) % width != 0 && u + 1 < unitCount) {
        neighbours.add(units.get(u + 1).pcode());
      }
      if (u + width < unitCount) {
        neighbours.add(units.get(u + width).pcode());
      }
      adjacency.put(units.get(u).pcode(), neighbours);
    }
    return new ConvergenceInputs(units, adjacency);
  }
}
