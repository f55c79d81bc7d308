package sn.convergence.convergence.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import sn.convergence.convergence.CoverageFact;
import sn.convergence.geography.AdminLevel;
import sn.convergence.geography.AdminUnit;
import sn.convergence.geography.PCode;
import sn.convergence.registry.CoverageRecord;

/**
 * Turns registry coverage rows into the analysis' coverage facts, one per intervention, family,
 * unit of the analysed level and beneficiary unit:
 *
 * <ul>
 *   <li>rows finer than the level roll up to their ancestor at the level; rows at a coarser level
 *       (a region-wide row in a department analysis) are not spread over the units but counted in
 *       {@link Result#coarserRows()}; rows in units unknown or not analysed are counted in {@link
 *       Result#outsideRows()};
 *   <li>an intervention with several types gives one fact per family carrying its figures, typed
 *       with its first type of that family, so beneficiaries are counted once per family; each of
 *       its other types of that family gives a fact with zero beneficiaries and no budget, so the
 *       intervention is still compared with others of that type (duplications by type) without
 *       being counted twice;
 *   <li>beneficiaries are stocks: rows of the same period are added (communes of a department),
 *       then the period with the largest figure is kept (the same households reported quarterly or
 *       yearly are not added up); budgets are flows and are added over every row.
 * </ul>
 */
public final class CoverageAssembler {

  /** Facts per unit of the level and counts of rows left out. */
  public record Result(
      Map<PCode, List<CoverageFact>> facts, int usedRows, int coarserRows, int outsideRows) {}

  private CoverageAssembler() {}

  public static Result assemble(
      List<CoverageRecord> records,
      Map<PCode, AdminUnit> geography,
      AdminLevel level,
      Set<PCode> analysed,
      Map<String, String> familyOfType) {
    Map<Key, Accumulator> byKey = new TreeMap<>();
    int used = 0;
    int coarser = 0;
    int outside = 0;
    for (CoverageRecord record : records) {
      AdminUnit unit = geography.get(record.pcode());
      if (unit != null && unit.level().rank() < level.rank()) {
        coarser++;
        continue;
      }
      PCode target = unit == null ? null : ancestorAt(unit, level, geography);
      if (target == null || !analysed.contains(target)) {
        outside++;
        continue;
      }
      used++;
      Map<String, String> primary = familiesOf(record, familyOfType);
      for (String type : record.types()) {
        String family = familyOfType.get(type);
        if (family == null) {
          continue;
        }
        boolean counts = primary.get(family).equals(type);
        Key key = new Key(target, record.interventionCode(), family, record.unit().name(), type);
        byKey.computeIfAbsent(key, k -> new Accumulator(counts, record)).add(record);
      }
    }
    Map<PCode, List<CoverageFact>> facts = new TreeMap<>();
    byKey.forEach(
        (key, acc) -> facts.computeIfAbsent(key.unit(), k -> new ArrayList<>()).add(acc.fact(key)));
    return new Result(facts, used, coarser, outside);
  }

  /** The unit itself or its ancestor at the level, from its materialised path. */
  static PCode ancestorAt(AdminUnit unit, AdminLevel level, Map<PCode, AdminUnit> geography) {
    if (unit.level() == level) {
      return unit.pcode();
    }
    for (String segment : unit.path().split("/")) {
      AdminUnit ancestor = geography.get(PCode.of(segment));
      if (ancestor != null && ancestor.level() == level) {
        return ancestor.pcode();
      }
    }
    return null;
  }

  /** Family code to the intervention's first type in that family, in type order. */
  private static Map<String, String> familiesOf(
      CoverageRecord record, Map<String, String> familyOfType) {
    Map<String, String> families = new TreeMap<>();
    for (String type : record.types()) {
      String family = familyOfType.get(type);
      if (family != null) {
        families.putIfAbsent(family, type);
      }
    }
    return families;
  }

  private record Key(
      PCode unit, String intervention, String family, String beneficiaryUnit, String type)
      implements Comparable<Key> {
    @Override
    public int compareTo(Key o) {
      return text().compareTo(o.text());
    }

    private String text() {
      return String.join("|", unit.value(), intervention, family, beneficiaryUnit, type);
    }
  }

  private static final class Accumulator {
    final boolean counts;
    final CoverageRecord first;
    final Map<String, Long[]> byPeriod = new HashMap<>();
    Long budget;

    Accumulator(boolean counts, CoverageRecord first) {
      this.counts = counts;
      this.first = first;
    }

    void add(CoverageRecord r) {
      Long[] sums = byPeriod.computeIfAbsent(r.start() + "/" + r.end(), k -> new Long[2]);
      sums[0] = plus(sums[0], r.planned());
      sums[1] = plus(sums[1], r.reached());
      budget = plus(budget, r.budgetXof());
    }

    CoverageFact fact(Key key) {
      Long planned = null;
      Long reached = null;
      if (!counts) {
        return new CoverageFact(
            key.intervention(),
            key.type(),
            key.family(),
            first.organisations(),
            first.targetGroups(),
            key.beneficiaryUnit(),
            0L,
            0L,
            null);
      }
      for (Long[] sums : byPeriod.values()) {
        planned = max(planned, sums[0]);
        reached = max(reached, sums[1]);
      }
      return new CoverageFact(
          key.intervention(),
          key.type(),
          key.family(),
          first.organisations(),
          first.targetGroups(),
          key.beneficiaryUnit(),
          planned,
          reached,
          budget);
    }

    private static Long plus(Long a, Long b) {
      if (a == null || b == null) {
        return a == null ? b : a;
      }
      return Long.valueOf(a + b);
    }

    private static Long max(Long a, Long b) {
      if (a == null || b == null) {
        return a == null ? b : a;
      }
      return Long.valueOf(Math.max(a, b));
    }
  }
}
