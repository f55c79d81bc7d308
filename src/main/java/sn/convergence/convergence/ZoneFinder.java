package sn.convergence.convergence;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import sn.convergence.geography.PCode;

/**
 * Contiguous groups of units of one class over the adjacency graph (made symmetric). Only the
 * actionable classes form zones (convergence, gap, duplication); low-priority and unscored units do
 * not. Members are in P-code order.
 */
final class ZoneFinder {

  /** How many unit names a zone name spells out before "et N autres". */
  static final int NAMES_SHOWN = 4;

  private ZoneFinder() {}

  record Group(UnitClass unitClass, List<Integer> members) {}

  /** Profiles must be in P-code order; returns groups in order of their first member. */
  static List<Group> find(List<UnitProfile> profiles, Map<PCode, List<PCode>> adjacency) {
    List<TreeSet<Integer>> neighbours = symmetricNeighbours(profiles, adjacency);
    boolean[] visited = new boolean[profiles.size()];
    List<Group> groups = new ArrayList<>();
    for (int start = 0; start < profiles.size(); start++) {
      UnitClass unitClass = profiles.get(start).unitClass().orElse(UnitClass.LOW_PRIORITY);
      if (visited[start] || unitClass == UnitClass.LOW_PRIORITY) {
        continue;
      }
      TreeSet<Integer> members = new TreeSet<>();
      Deque<Integer> queue = new ArrayDeque<>(List.of(start));
      visited[start] = true;
      while (!queue.isEmpty()) {
        int unit = queue.poll();
        members.add(unit);
        for (int next : neighbours.get(unit)) {
          if (!visited[next] && profiles.get(next).unitClass().orElse(null) == unitClass) {
            visited[next] = true;
            queue.add(next);
          }
        }
      }
      groups.add(new Group(unitClass, List.copyOf(members)));
    }
    return groups;
  }

  private static List<TreeSet<Integer>> symmetricNeighbours(
      List<UnitProfile> profiles, Map<PCode, List<PCode>> adjacency) {
    Map<PCode, Integer> index = new HashMap<>();
    List<TreeSet<Integer>> neighbours = new ArrayList<>();
    for (int i = 0; i < profiles.size(); i++) {
      index.put(profiles.get(i).pcode(), i);
      neighbours.add(new TreeSet<>());
    }
    adjacency.forEach(
        (unit, list) -> {
          Integer from = index.get(unit);
          for (PCode other : list) {
            Integer to = index.get(other);
            if (from != null && to != null && !from.equals(to)) {
              neighbours.get(from).add(to);
              neighbours.get(to).add(from);
            }
          }
        });
    return neighbours;
  }

  /** "Podor – Matam – Kanel", or "A – B – C – D et 2 autres" beyond four names. */
  static String nameFr(List<String> names) {
    return name(names, " et %d autres");
  }

  static String nameEn(List<String> names) {
    return name(names, " and %d more");
  }

  private static String name(List<String> names, String moreFormat) {
    if (names.size() <= NAMES_SHOWN) {
      return String.join(" – ", names);
    }
    return String.join(" – ", names.subList(0, NAMES_SHOWN))
        + String.format(Locale.ROOT, moreFormat, names.size() - NAMES_SHOWN);
  }
}
