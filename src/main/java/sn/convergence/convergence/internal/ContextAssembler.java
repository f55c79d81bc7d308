package sn.convergence.convergence.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import sn.convergence.context.ContextIndicators;
import sn.convergence.context.ContextValue;
import sn.convergence.convergence.ContextFact;
import sn.convergence.geography.PCode;

/**
 * Chooses, for each unit and indicator, one context value: the latest year at or before the end of
 * the period (surveys and censuses are not yearly, so a unit may use an older year than others; the
 * year is kept with the value). When two sources give the same unit and year, the first source in
 * alphabetical order is taken, so the choice is deterministic.
 */
public final class ContextAssembler {

  /** How many years back a value is looked for. */
  static final int MAX_YEARS_BACK = 15;

  private final ContextIndicators context;

  public ContextAssembler(ContextIndicators context) {
    this.context = context;
  }

  /** Indicator code to unit to the chosen value, for the wanted units. */
  public Map<String, Map<PCode, ContextFact>> latest(
      Collection<String> indicators, Set<PCode> units, int year) {
    Map<String, Map<PCode, ContextFact>> out = new TreeMap<>();
    for (String indicator : new java.util.TreeSet<>(indicators)) {
      out.put(indicator, latest(indicator, units, year));
    }
    return out;
  }

  private Map<PCode, ContextFact> latest(String indicator, Set<PCode> units, int year) {
    Map<PCode, ContextFact> found = new HashMap<>();
    Set<PCode> pending = new HashSet<>(units);
    Optional<Integer> candidate = context.latestYear(indicator, year);
    int steps = 0;
    while (candidate.isPresent() && !pending.isEmpty() && steps++ < MAX_YEARS_BACK) {
      int y = candidate.get();
      for (Map.Entry<PCode, List<ContextValue>> entry : context.byUnit(indicator, y).entrySet()) {
        if (pending.remove(entry.getKey())) {
          ContextValue chosen =
              entry.getValue().stream()
                  .min(Comparator.comparing(ContextValue::source))
                  .orElseThrow();
          found.put(entry.getKey(), new ContextFact(indicator, chosen.value(), y, chosen.source()));
        }
      }
      candidate =
          y > year - MAX_YEARS_BACK ? context.latestYear(indicator, y - 1) : Optional.empty();
    }
    return found;
  }

  /** The facts of one unit, one per indicator that has a value. */
  public static List<ContextFact> factsOf(PCode unit, Map<String, Map<PCode, ContextFact>> values) {
    List<ContextFact> facts = new ArrayList<>();
    values.values().forEach(byUnit -> Optional.ofNullable(byUnit.get(unit)).ifPresent(facts::add));
    return facts;
  }
}
