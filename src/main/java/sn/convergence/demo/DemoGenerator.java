package sn.convergence.demo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Generates the demo's truth layer (demo spec, sections 2-3) from a seed over a list of
 * departments. Pure and deterministic: the same seed and departments give the same dataset (same
 * {@link DemoDataset#digest()}); nothing is read from a database or the clock.
 */
public final class DemoGenerator {

  /** The seed the application ships its default demo with. */
  public static final long DEFAULT_SEED = 20170425L;

  private static final Comparator<DemoCoverage> FACT_ORDER =
      Comparator.comparing(DemoCoverage::interventionCode)
          .thenComparing(DemoCoverage::pcode)
          .thenComparing(DemoCoverage::periodStart)
          .thenComparing(DemoCoverage::beneficiaryUnit);

  private final List<DemoDepartment> departments;

  /**
   * @param departments every department facts may be placed in; must include the story departments
   *     (Matam SN0902, Saraya SN0603, Dakar SN0101, Malem-Hodar SN0404, Médina Yoro Foulah SN0702,
   *     Podor SN1002, Ranérou-Ferlo SN0903)
   */
  public DemoGenerator(List<DemoDepartment> departments) {
    Territory territory = new Territory(departments);
    for (String pcode : DemoStories.requiredDepartments()) {
      if (!territory.has(pcode)) {
        throw new IllegalArgumentException("The demo stories need department " + pcode);
      }
    }
    this.departments = territory.all();
  }

  public DemoDataset generate(long seed) {
    Territory territory = new Territory(departments);
    ContextModel context = new ContextModel(territory, seed);
    Facts facts = new Facts();
    CashTransfers cash = new CashTransfers(context, facts, seed);
    cash.generate();
    new NationalServices(context, cash, facts, seed).generate();
    new Graduation(context, facts, seed).generate();
    new SchoolFeeding(context, facts, seed).generate();
    new Resilience(context, facts, seed).generate();
    new LeanSeason(context, facts, seed).generate();
    List<DemoCoverage> coverage = new ArrayList<>(facts.list());
    coverage.sort(FACT_ORDER);
    List<String> jumpDepartments =
        territory.all().stream()
            .filter(d -> DemoStories.RNU_JUMP_REGION.equals(d.regionPcode()))
            .map(DemoDepartment::pcode)
            .toList();
    return new DemoDataset(
        seed,
        departments,
        DemoOrganisations.all(),
        DemoInterventions.all(),
        coverage,
        context.values(),
        DemoStories.stories(jumpDepartments));
  }
}
