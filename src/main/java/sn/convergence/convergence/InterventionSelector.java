package sn.convergence.convergence;

import java.util.Set;
import java.util.TreeSet;

/** Selects coverage facts by intervention family code or by intervention type code. */
public record InterventionSelector(Set<String> families, Set<String> types) {

  public InterventionSelector {
    families = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(families));
    types = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(types));
    if (families.isEmpty() && types.isEmpty()) {
      throw new IllegalArgumentException("A selector names at least one family or type");
    }
  }

  public static InterventionSelector families(String... codes) {
    return new InterventionSelector(Set.of(codes), Set.of());
  }

  boolean matches(CoverageFact fact) {
    return families.contains(fact.familyCode()) || types.contains(fact.typeCode());
  }
}
