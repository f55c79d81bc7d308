package sn.convergence.convergence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import sn.convergence.geography.AdminLevel;
import sn.convergence.geography.PCode;

/** Small builders for analysis inputs. */
final class Fixtures {

  private Fixtures() {}

  static PCode pcode(String value) {
    return PCode.of(value);
  }

  /** Context as alternating code/value pairs, all for 2021 from "ANSD". */
  static List<ContextFact> context(Object... codesAndValues) {
    List<ContextFact> facts = new ArrayList<>();
    for (int i = 0; i < codesAndValues.length; i += 2) {
      facts.add(
          new ContextFact(
              (String) codesAndValues[i],
              ((Number) codesAndValues[i + 1]).doubleValue(),
              2021,
              "ANSD"));
    }
    return facts;
  }

  static UnitInput department(
      String pcode, String name, List<ContextFact> context, CoverageFact... facts) {
    return new UnitInput(PCode.of(pcode), name, AdminLevel.DEPARTMENT, context, List.of(facts));
  }

  static CoverageFact fact(
      String intervention,
      String type,
      String family,
      String organisations,
      String targetGroups,
      String unit,
      long reached) {
    return new CoverageFact(
        intervention,
        type,
        family,
        List.of(organisations.split(",")),
        targetGroups.isEmpty() ? List.of() : List.of(targetGroups.split(",")),
        unit,
        null,
        reached,
        null);
  }

  /** Adjacency as "A:B,C" strings. */
  static Map<PCode, List<PCode>> adjacency(String... lines) {
    Map<PCode, List<PCode>> adjacency = new LinkedHashMap<>();
    for (String line : lines) {
      String[] parts = line.split(":");
      adjacency.put(
          PCode.of(parts[0]), java.util.Arrays.stream(parts[1].split(",")).map(PCode::of).toList());
    }
    return adjacency;
  }
}
