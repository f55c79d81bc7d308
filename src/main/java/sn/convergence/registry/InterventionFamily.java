package sn.convergence.registry;

import java.util.List;

/** A family of intervention types (cash transfers, school feeding...), with its types in order. */
public record InterventionFamily(String code, Label label, List<InterventionType> types) {

  public InterventionFamily {
    types = List.copyOf(types);
  }
}
