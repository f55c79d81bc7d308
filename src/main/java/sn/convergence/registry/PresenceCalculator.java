package sn.convergence.registry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import sn.convergence.geography.AdminLevel;
import sn.convergence.geography.AdminUnit;
import sn.convergence.geography.PCode;

/**
 * Computes a {@link PresenceReport} from coverage rows. Pure and single-pass: each distinct P-code
 * is mapped once to its ancestor at the asked level (through {@link AdminUnit#path()}).
 *
 * <p>Rules: a row belongs to the period when its dates share at least one day with [from, to] (with
 * a year, when it overlaps that calendar year), and it then counts whole (no pro-rating of
 * multi-year rows). A row at the asked level or finer rolls up to its ancestor at that level; a row
 * at a coarser level goes to {@code coarserRows} under its own unit. Figures are summed per
 * beneficiary unit; budgets are summed in XOF. Rows whose unit is unknown to the geography are kept
 * in {@code coarserRows} under their P-code, so nothing is lost silently.
 */
public final class PresenceCalculator {

  private final Map<PCode, AdminUnit> geography;
  private final AdminUnit country;

  /**
   * @param geography every admin unit by P-code (all validity periods)
   * @param country the unit the national totals are named after
   */
  public PresenceCalculator(Map<PCode, AdminUnit> geography, AdminUnit country) {
    this.geography = geography;
    this.country = country;
  }

  /**
   * @param units the units of the level to list even when empty, in display order
   */
  public PresenceReport compute(
      Collection<PresenceRow> rows,
      AdminLevel level,
      LocalDate from,
      LocalDate to,
      List<AdminUnit> units) {
    LocalDate start = from == null ? LocalDate.MIN : from;
    LocalDate end = to == null ? LocalDate.MAX : to;
    Map<PCode, Accumulator> atLevel = new LinkedHashMap<>();
    units.forEach(u -> atLevel.put(u.pcode(), new Accumulator(u.pcode().value(), u.name(), level)));
    Map<PCode, Accumulator> coarser = new HashMap<>();
    Map<PCode, PCode> ancestorCache = new HashMap<>();
    Accumulator totals = new Accumulator(country.pcode().value(), country.name(), country.level());
    for (PresenceRow row : rows) {
      if (row.start().isAfter(end) || row.end().isBefore(start)) {
        continue;
      }
      totals.add(row);
      PCode ancestor = ancestorCache.computeIfAbsent(row.pcode(), p -> ancestorAt(p, level));
      if (ancestor != null) {
        atLevel.computeIfAbsent(ancestor, p -> accumulator(p, level)).add(row);
      } else {
        coarser.computeIfAbsent(row.pcode(), p -> accumulator(p, null)).add(row);
      }
    }
    List<UnitPresence> coarserRows =
        coarser.entrySet().stream()
            .sorted(Map.Entry.comparingByKey())
            .map(e -> e.getValue().result())
            .toList();
    return new PresenceReport(
        level.name(),
        from,
        to,
        atLevel.values().stream().map(Accumulator::result).toList(),
        coarserRows,
        totals.result());
  }

  /** The unit's ancestor (or itself) at the level; null when the unit is coarser or unknown. */
  private PCode ancestorAt(PCode pcode, AdminLevel level) {
    AdminUnit unit = geography.get(pcode);
    if (unit == null || unit.level().rank() < level.rank()) {
      return null;
    }
    String[] path = unit.path().split("/");
    return path.length > level.rank() ? PCode.of(path[level.rank()]) : null;
  }

  private Accumulator accumulator(PCode pcode, AdminLevel level) {
    AdminUnit unit = geography.get(pcode);
    return unit == null
        ? new Accumulator(pcode.value(), pcode.value(), level)
        : new Accumulator(pcode.value(), unit.name(), unit.level());
  }

  /** Running sums of one unit. */
  private static final class Accumulator {
    private final String pcode;
    private final String name;
    private final AdminLevel level;
    private final TreeSet<String> interventions = new TreeSet<>();
    private final TreeSet<String> actors = new TreeSet<>();
    private final EnumMap<BeneficiaryUnit, Figures> beneficiaries =
        new EnumMap<>(BeneficiaryUnit.class);
    private long budget;
    private int rows;

    Accumulator(String pcode, String name, AdminLevel level) {
      this.pcode = pcode;
      this.name = name;
      this.level = level;
    }

    void add(PresenceRow row) {
      interventions.add(row.interventionCode());
      actors.addAll(row.actors());
      beneficiaries.merge(
          row.unit(),
          new Figures(0, 0).plus(row.planned(), row.reached()),
          (a, b) -> a.plus(b.planned(), b.reached()));
      budget += row.budgetXof() == null ? 0 : row.budgetXof();
      rows++;
    }

    UnitPresence result() {
      return new UnitPresence(
          pcode,
          name,
          level == null ? null : level.name(),
          interventions.size(),
          new ArrayList<>(interventions),
          actors.size(),
          new ArrayList<>(actors),
          new EnumMap<>(beneficiaries),
          budget,
          rows);
    }
  }
}
