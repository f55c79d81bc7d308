package sn.convergence.demo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The departments of the demo and how they report over time: a department created by a split
 * reports under its predecessor ({@link DemoCodes#PREDECESSORS}) before it exists.
 */
final class Territory {

  private final List<DemoDepartment> departments;
  private final Map<String, Integer> index = new HashMap<>();

  Territory(List<DemoDepartment> departments) {
    if (departments.isEmpty()) {
      throw new IllegalArgumentException("The demo needs at least one department");
    }
    List<DemoDepartment> sorted = new ArrayList<>(departments);
    sorted.sort(Comparator.comparing(DemoDepartment::pcode));
    this.departments = List.copyOf(sorted);
    for (int i = 0; i < sorted.size(); i++) {
      if (index.put(sorted.get(i).pcode(), i) != null) {
        throw new IllegalArgumentException("Duplicate department " + sorted.get(i).pcode());
      }
    }
  }

  List<DemoDepartment> all() {
    return departments;
  }

  int size() {
    return departments.size();
  }

  int indexOf(String pcode) {
    Integer i = index.get(pcode);
    if (i == null) {
      throw new IllegalArgumentException("Unknown department " + pcode);
    }
    return i;
  }

  boolean has(String pcode) {
    return index.containsKey(pcode);
  }

  DemoDepartment get(String pcode) {
    return departments.get(indexOf(pcode));
  }

  /** Departments that receive facts in that year, in P-code order. */
  List<DemoDepartment> active(int year) {
    return departments.stream().filter(d -> d.activeIn(year)).toList();
  }

  /** The department whose figures include {@code pcode}'s area in that year, or null if none. */
  String reportingUnit(String pcode, int year) {
    DemoDepartment department = get(pcode);
    if (department.activeIn(year)) {
      return pcode;
    }
    String predecessor = DemoCodes.PREDECESSORS.get(pcode);
    return predecessor != null && has(predecessor) ? reportingUnit(predecessor, year) : null;
  }

  /** True when the department takes part in a split (it was split off, or others split from it). */
  boolean isSplit(String pcode) {
    return DemoCodes.PREDECESSORS.containsKey(pcode) || DemoCodes.PREDECESSORS.containsValue(pcode);
  }
}
