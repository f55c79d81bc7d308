package sn.convergence.convergence;

import java.util.List;

/**
 * The scores of a unit with complete data. {@code coverage} is the package coverage: the mean over
 * package components of their coverage (0-1). {@code complementarity} is the share of package
 * components present. {@code gap} = need x (1 - coverage). {@code matchedClasses} lists every class
 * whose rule holds, in precedence order; {@code unitClass} is the first of them.
 */
public record UnitScores(
    NeedScore need,
    double coverage,
    List<CoverageLine> coverageLines,
    List<ComponentPresence> components,
    double complementarity,
    int distinctFamilies,
    List<Duplication> duplications,
    double gap,
    List<UnitClass> matchedClasses,
    UnitClass unitClass) {

  public UnitScores {
    coverageLines = List.copyOf(coverageLines);
    components = List.copyOf(components);
    duplications = List.copyOf(duplications);
    matchedClasses = List.copyOf(matchedClasses);
  }

  public long componentsPresent() {
    return components.stream().filter(ComponentPresence::present).count();
  }
}
