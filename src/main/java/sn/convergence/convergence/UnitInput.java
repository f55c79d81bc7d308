package sn.convergence.convergence;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import sn.convergence.geography.AdminLevel;
import sn.convergence.geography.PCode;

/**
 * One administrative unit with its context values (at most one per indicator: the caller has
 * already chosen year and source) and its coverage facts for the analysed period.
 */
public record UnitInput(
    PCode pcode,
    String name,
    AdminLevel level,
    List<ContextFact> context,
    List<CoverageFact> coverage) {

  public UnitInput {
    Objects.requireNonNull(pcode, "pcode");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(level, "level");
    context = List.copyOf(context);
    coverage = List.copyOf(coverage);
    Set<String> seen = new HashSet<>();
    for (ContextFact fact : context) {
      if (!seen.add(fact.indicatorCode())) {
        throw new IllegalArgumentException(
            "Two values for " + fact.indicatorCode() + " in " + pcode + ": choose one source");
      }
    }
  }

  /** The usable value of an indicator, if any. */
  Optional<ContextFact> contextValue(String indicatorCode) {
    for (ContextFact fact : context) {
      if (fact.indicatorCode().equals(indicatorCode) && fact.usable()) {
        return Optional.of(fact);
      }
    }
    return Optional.empty();
  }

  UnitInput withName(String newName) {
    return new UnitInput(pcode, newName, level, context, coverage);
  }
}
