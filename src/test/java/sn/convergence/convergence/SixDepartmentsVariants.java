package sn.convergence.convergence;

import java.util.ArrayList;
import java.util.List;

/** Variations of {@link SixDepartments} for single-rule tests. */
final class SixDepartmentsVariants {

  private SixDepartmentsVariants() {}

  /**
   * Matam with 4,000 pupils fed instead of 12,000: canteens .2, package (.5 + .2) / 4 = .175 <=
   * .25, so both the gap rule and the convergence rule (2 components) hold.
   */
  static ConvergenceInputs matamWithThinnerCanteens() {
    ConvergenceInputs base = SixDepartments.inputs();
    List<UnitInput> units = new ArrayList<>();
    for (UnitInput unit : base.units()) {
      if (!unit.name().equals("Matam")) {
        units.add(unit);
        continue;
      }
      List<CoverageFact> facts = new ArrayList<>();
      for (CoverageFact f : unit.coverage()) {
        facts.add(
            f.interventionCode().equals("CANTINES")
                ? new CoverageFact(
                    f.interventionCode(),
                    f.typeCode(),
                    f.familyCode(),
                    f.organisations(),
                    f.targetGroups(),
                    f.beneficiaryUnit(),
                    null,
                    4000L,
                    null)
                : f);
      }
      units.add(new UnitInput(unit.pcode(), unit.name(), unit.level(), unit.context(), facts));
    }
    return new ConvergenceInputs(units, base.adjacency());
  }
}
