package sn.convergence.convergence;

import java.util.List;

/** What one pass over a unit's coverage facts yields; computed once per analysis. */
record UnitAggregate(
    List<MissingItem> missing,
    List<String> warnings,
    List<CoverageLine> lines,
    List<ComponentPresence> components,
    double coverage,
    double complementarity,
    int componentsPresent,
    int distinctFamilies,
    List<Duplication> duplications) {}
