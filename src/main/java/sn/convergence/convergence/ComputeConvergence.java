package sn.convergence.convergence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import sn.convergence.context.ContextIndicators;
import sn.convergence.convergence.internal.ContextAssembler;
import sn.convergence.convergence.internal.CoverageAssembler;
import sn.convergence.convergence.internal.RegionContext;
import sn.convergence.geography.AdminLevel;
import sn.convergence.geography.AdminUnit;
import sn.convergence.geography.AdminUnits;
import sn.convergence.geography.PCode;
import sn.convergence.registry.CoverageRecords;
import sn.convergence.registry.Taxonomy;

/**
 * Runs the convergence analysis on the application's data. Inputs are read through the public APIs
 * of geography (units of the level valid at the end of the period, adjacency), context (for each
 * unit and indicator the latest year at or before the end of the period; regions without values of
 * their own get values derived from their departments, see {@code RegionContext}) and the registry
 * (coverage rows overlapping the period, see {@code CoverageAssembler} for how they become facts).
 *
 * <p>School-age children, the denominator of pupils, are estimated as a share of the population
 * ({@code convergence.analysis.school-age-share}, default 0.17: children of elementary-school age
 * in Senegal's age pyramid) where no value is recorded; each estimate says so in its source. A
 * share of 0 turns the estimate off.
 */
@Service
public class ComputeConvergence {

  static final List<String> DENOMINATORS =
      List.of("POPULATION", "POVERTY_RATE", "HOUSEHOLD_SIZE", "SCHOOL_AGE_CHILDREN", "SCHOOLS");

  private final AdminUnits adminUnits;
  private final ContextAssembler context;
  private final CoverageRecords coverage;
  private final Taxonomy taxonomy;
  private final double schoolAgeShare;

  ComputeConvergence(
      AdminUnits adminUnits,
      ContextIndicators context,
      CoverageRecords coverage,
      Taxonomy taxonomy,
      @Value("${convergence.analysis.school-age-share:0.17}") double schoolAgeShare) {
    this.adminUnits = adminUnits;
    this.context = new ContextAssembler(context);
    this.coverage = coverage;
    this.taxonomy = taxonomy;
    this.schoolAgeShare = schoolAgeShare;
  }

  /** Loads the inputs and computes the analysis. */
  @Transactional(readOnly = true)
  public ConvergenceRun run(ConvergenceQuery query) {
    long started = System.nanoTime();
    Loaded loaded = load(query);
    ConvergenceResult result = ConvergenceAnalysis.compute(loaded.inputs(), query.parameters());
    long millis = (System.nanoTime() - started) / 1_000_000;
    return new ConvergenceRun(query, result, loaded.summary(millis), loaded.inputs());
  }

  /** The inputs the analysis of the query reads, as they are now. */
  @Transactional(readOnly = true)
  public ConvergenceInputs inputs(ConvergenceQuery query) {
    return load(query).inputs();
  }

  /** The fingerprint the analysis of the query would carry now. */
  @Transactional(readOnly = true)
  public String fingerprint(ConvergenceQuery query) {
    return ConvergenceAnalysis.fingerprint(inputs(query), query.parameters());
  }

  @Transactional(readOnly = true)
  public SensitivityReport sensitivity(ConvergenceQuery query, SensitivitySettings settings) {
    return SensitivityAnalysis.run(inputs(query), query.parameters(), settings);
  }

  /** Classes under each named weight set; thresholds and the rest come from the query. */
  @Transactional(readOnly = true)
  public WeightSetAgreement compare(ConvergenceQuery query, List<WeightSet> sets) {
    return WeightSetComparison.compare(inputs(query), query.parameters(), sets);
  }

  private record Loaded(
      ConvergenceInputs inputs,
      CoverageAssembler.Result coverage,
      Map<String, Integer> latestYears,
      List<String> estimates) {

    ConvergenceRun.InputSummary summary(long millis) {
      return new ConvergenceRun.InputSummary(
          inputs.units().size(),
          coverage.usedRows(),
          coverage.coarserRows(),
          coverage.outsideRows(),
          latestYears,
          estimates,
          millis);
    }
  }

  private Loaded load(ConvergenceQuery query) {
    LocalDate end = LocalDate.of(query.toYear(), 12, 31);
    List<AdminUnit> units = adminUnits.list(query.level(), null, end);
    Map<PCode, List<PCode>> departmentsOfRegion = departmentsOfRegion(query.level(), units, end);
    Set<PCode> wanted = new HashSet<>();
    units.forEach(u -> wanted.add(u.pcode()));
    departmentsOfRegion.values().forEach(wanted::addAll);
    Map<String, Map<PCode, ContextFact>> values =
        context.latest(indicatorCodes(query), wanted, query.toYear());
    List<String> estimates = estimateSchoolAge(values, wanted);
    RegionContext.fill(values, departmentsOfRegion);

    Map<PCode, AdminUnit> geography =
        adminUnits.all().stream()
            .collect(Collectors.toMap(AdminUnit::pcode, Function.identity(), (a, b) -> a));
    Set<PCode> analysed = units.stream().map(AdminUnit::pcode).collect(Collectors.toSet());
    CoverageAssembler.Result facts =
        CoverageAssembler.assemble(
            coverage.during(LocalDate.of(query.fromYear(), 1, 1), end),
            geography,
            query.level(),
            analysed,
            taxonomy.familyOfType());
    List<UnitInput> inputs = new ArrayList<>();
    for (AdminUnit unit : units) {
      inputs.add(
          new UnitInput(
              unit.pcode(),
              unit.name(),
              unit.level(),
              ContextAssembler.factsOf(unit.pcode(), values),
              facts.facts().getOrDefault(unit.pcode(), List.of())));
    }
    Map<PCode, List<PCode>> adjacency = new TreeMap<>();
    adminUnits
        .adjacency()
        .forEach(
            (unit, neighbours) -> {
              if (analysed.contains(unit)) {
                adjacency.put(unit, neighbours.stream().filter(analysed::contains).toList());
              }
            });
    return new Loaded(
        new ConvergenceInputs(inputs, adjacency), facts, latestYears(values, analysed), estimates);
  }

  private static Set<String> indicatorCodes(ConvergenceQuery query) {
    Set<String> codes = new LinkedHashSet<>(DENOMINATORS);
    query.needIndicators().stream().filter(i -> i.weight() > 0).forEach(i -> codes.add(i.code()));
    return codes;
  }

  private Map<PCode, List<PCode>> departmentsOfRegion(
      AdminLevel level, List<AdminUnit> units, LocalDate end) {
    Map<PCode, List<PCode>> out = new TreeMap<>();
    if (level != AdminLevel.REGION) {
      return out;
    }
    for (AdminUnit region : units) {
      out.put(
          region.pcode(),
          adminUnits.list(AdminLevel.DEPARTMENT, region.pcode(), end).stream()
              .map(AdminUnit::pcode)
              .toList());
    }
    return out;
  }

  /** Adds estimated school-age children where a unit has a population and no recorded value. */
  private List<String> estimateSchoolAge(
      Map<String, Map<PCode, ContextFact>> values, Set<PCode> units) {
    if (!(schoolAgeShare > 0)) {
      return List.of();
    }
    Map<PCode, ContextFact> children =
        values.computeIfAbsent("SCHOOL_AGE_CHILDREN", k -> new java.util.HashMap<>());
    Map<PCode, ContextFact> population = values.getOrDefault("POPULATION", Map.of());
    String source =
        String.format(
            Locale.ROOT,
            "Estimation : %.0f %% de la population (âge de l'école élémentaire)",
            schoolAgeShare * 100);
    int estimated = 0;
    for (PCode unit : units) {
      ContextFact people = population.get(unit);
      if (!children.containsKey(unit) && people != null) {
        children.put(
            unit,
            new ContextFact(
                "SCHOOL_AGE_CHILDREN", people.value() * schoolAgeShare, people.year(), source));
        estimated++;
      }
    }
    return estimated == 0
        ? List.of()
        : List.of("SCHOOL_AGE_CHILDREN estimated for " + estimated + " unit(s): " + source);
  }

  private static Map<String, Integer> latestYears(
      Map<String, Map<PCode, ContextFact>> values, Set<PCode> analysed) {
    Map<String, Integer> out = new TreeMap<>();
    values.forEach(
        (indicator, byUnit) ->
            byUnit.entrySet().stream()
                .filter(e -> analysed.contains(e.getKey()))
                .mapToInt(e -> e.getValue().year())
                .max()
                .ifPresent(year -> out.put(indicator, year)));
    return out;
  }
}
