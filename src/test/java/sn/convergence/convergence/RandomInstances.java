package sn.convergence.convergence;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import sn.convergence.geography.AdminLevel;
import sn.convergence.geography.PCode;

/** Seeded random analysis inputs for property tests and benchmarks. */
final class RandomInstances {

  static final String[][] TYPES = {
    {"FAMILY_GRANT", "CASH_TRANSFER"},
    {"EMERGENCY_CASH", "CASH_TRANSFER"},
    {"SCHOOL_CANTEEN", "SCHOOL_FEEDING"},
    {"INDEX_INSURANCE", "RESILIENCE"},
    {"ASSET_CREATION", "RESILIENCE"},
    {"LEAN_SEASON_RESPONSE", "FOOD_ASSISTANCE"},
    {"MUTUAL_HEALTH_INSURANCE", "HEALTH_INSURANCE"}
  };
  static final String[] ORGANISATIONS = {"DGPSN", "WFP", "UNICEF", "CSA", "OXFAM", "CARITAS"};
  static final String[] GROUPS = {
    "EXTREMELY_POOR_HOUSEHOLDS", "PUPILS", "SMALLHOLDER_FARMERS", "FOOD_INSECURE_HOUSEHOLDS"
  };
  static final String[] UNITS = {"HOUSEHOLDS", "PEOPLE", "PUPILS", "SCHOOLS", "HECTARES"};
  static final String[] INDICATORS = {
    "POPULATION", "POVERTY_RATE", "HOUSEHOLD_SIZE", "CH_PHASE", "SCHOOL_AGE_CHILDREN", "SCHOOLS"
  };

  private final Random random;
  private final double missingProbability;

  RandomInstances(long seed, double missingProbability) {
    this.random = new Random(seed);
    this.missingProbability = missingProbability;
  }

  ConvergenceInputs next(int unitCount, int factsPerUnit) {
    List<UnitInput> units = new ArrayList<>();
    for (int u = 0; u < unitCount; u++) {
      PCode pcode = PCode.of(String.format("SN%04d", 101 + u));
      List<CoverageFact> facts = new ArrayList<>();
      int count = random.nextInt(factsPerUnit * 2 + 1);
      for (int f = 0; f < count; f++) {
        facts.add(fact());
      }
      units.add(new UnitInput(pcode, "Unité " + u, AdminLevel.DEPARTMENT, context(), facts));
    }
    return new ConvergenceInputs(units, adjacency(units));
  }

  CoverageFact fact() {
    String[] type = TYPES[random.nextInt(TYPES.length)];
    List<String> organisations = new ArrayList<>();
    organisations.add(ORGANISATIONS[random.nextInt(ORGANISATIONS.length)]);
    if (random.nextInt(4) == 0) {
      organisations.add(ORGANISATIONS[random.nextInt(ORGANISATIONS.length)]);
    }
    List<String> groups = new ArrayList<>();
    if (random.nextInt(6) != 0) {
      groups.add(GROUPS[random.nextInt(GROUPS.length)]);
    }
    Long reached = random.nextInt(8) == 0 ? null : (long) random.nextInt(5000);
    return new CoverageFact(
        "INT-" + random.nextInt(40),
        type[0],
        type[1],
        organisations,
        groups,
        UNITS[random.nextInt(UNITS.length)],
        (long) random.nextInt(6000),
        reached,
        (long) random.nextInt(1_000_000));
  }

  private List<ContextFact> context() {
    List<ContextFact> context = new ArrayList<>();
    double[] values = {
      20_000 + random.nextInt(1_000_000),
      5 + random.nextInt(75),
      6 + random.nextInt(6),
      1 + random.nextInt(4),
      5_000 + random.nextInt(200_000),
      10 + random.nextInt(300)
    };
    for (int i = 0; i < INDICATORS.length; i++) {
      if (random.nextDouble() >= missingProbability) {
        context.add(new ContextFact(INDICATORS[i], values[i], 2019 + random.nextInt(4), "ANSD"));
      }
    }
    return context;
  }

  private Map<PCode, List<PCode>> adjacency(List<UnitInput> units) {
    Map<PCode, List<PCode>> adjacency = new LinkedHashMap<>();
    for (int u = 0; u < units.size(); u++) {
      List<PCode> neighbours = new ArrayList<>();
      if (u + 1 < units.size()) {
        neighbours.add(units.get(u + 1).pcode());
      }
      int other = random.nextInt(units.size());
      if (other != u && random.nextBoolean()) {
        neighbours.add(units.get(other).pcode());
      }
      adjacency.put(units.get(u).pcode(), neighbours);
    }
    return adjacency;
  }

  /** The same data listed in another order: units, facts, context and neighbour lists. */
  ConvergenceInputs shuffled(ConvergenceInputs inputs) {
    List<UnitInput> units = new ArrayList<>();
    for (UnitInput unit : inputs.units()) {
      List<CoverageFact> facts = new ArrayList<>(unit.coverage());
      List<ContextFact> context = new ArrayList<>(unit.context());
      Collections.shuffle(facts, random);
      Collections.shuffle(context, random);
      units.add(new UnitInput(unit.pcode(), unit.name(), unit.level(), context, facts));
    }
    Collections.shuffle(units, random);
    Map<PCode, List<PCode>> adjacency = new LinkedHashMap<>();
    List<PCode> keys = new ArrayList<>(inputs.adjacency().keySet());
    Collections.shuffle(keys, random);
    for (PCode key : keys) {
      List<PCode> neighbours = new ArrayList<>(inputs.adjacency().get(key));
      Collections.shuffle(neighbours, random);
      adjacency.put(key, neighbours);
    }
    return new ConvergenceInputs(units, adjacency);
  }

  Random random() {
    return random;
  }
}
