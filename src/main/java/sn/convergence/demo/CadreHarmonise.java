package sn.convergence.demo;

import static sn.convergence.demo.DemoCodes.FIRST_YEAR;
import static sn.convergence.demo.DemoCodes.LAST_YEAR;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Projected Cadre Harmonisé phases (June-August): each year 2-6 departments in phase 3, drawn
 * mostly from the northern and eastern hotspots; the story departments are forced into phase 3
 * (stories 1 and 5) or kept out of it (story 2, a pocket no response reaches).
 */
final class CadreHarmonise {

  static final List<String> HOTSPOTS =
      List.of(
          "SN0902", "SN1002", "SN0903", "SN0901", "SN1202", "SN1201", "SN0602", "SN0603", "SN0802",
          "SN0803");

  private final ContextModel context;

  CadreHarmonise(ContextModel context) {
    this.context = context;
  }

  /** Phase by {@code pcode@year}; departments absent from the map are in phase 1. */
  Map<String, Integer> draw(DemoRandom random) {
    Territory territory = context.territory();
    Map<String, Integer> phases = new HashMap<>();
    for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
      List<String> active = territory.active(year).stream().map(DemoDepartment::pcode).toList();
      Set<String> crisis = new LinkedHashSet<>(forced(year));
      crisis.retainAll(active);
      int wanted = Math.max(crisis.size(), random.intBetween(2, 6));
      List<String> hotspots =
          HOTSPOTS.stream().filter(active::contains).filter(p -> !pocket(p)).toList();
      List<String> poor =
          poorDepartments(active, year).stream()
              .filter(p -> !HOTSPOTS.contains(p) && !pocket(p))
              .toList();
      while (crisis.size() < wanted) {
        List<String> pool = random.chance(0.85) || poor.isEmpty() ? hotspots : poor;
        List<String> left = pool.stream().filter(p -> !crisis.contains(p)).toList();
        if (left.isEmpty()) {
          break;
        }
        crisis.add(random.pick(left));
      }
      for (String pcode : active) {
        int phase = crisis.contains(pcode) ? 3 : calmPhase(pcode, year, random);
        phases.put(pcode + "@" + year, phase);
      }
    }
    return phases;
  }

  private int calmPhase(String pcode, int year, DemoRandom random) {
    if (HOTSPOTS.contains(pcode) || DemoStories.UNCOVERED.equals(pcode)) {
      return 2;
    }
    double poverty = context.povertyRound(pcode, year >= 2021 ? 1 : 0);
    return random.chance(poverty >= 45 ? 0.5 : 0.12) ? 2 : 1;
  }

  private static Set<String> forced(int year) {
    Set<String> forced = new LinkedHashSet<>();
    if (DemoStories.CONVERGENCE_YEARS.contains(year)) {
      forced.add(DemoStories.CONVERGENCE);
    }
    if (year == DemoStories.DUPLICATE_YEAR) {
      forced.addAll(DemoStories.DUPLICATE);
    }
    return forced;
  }

  private List<String> poorDepartments(List<String> active, int year) {
    List<String> poor = new ArrayList<>();
    for (String pcode : active) {
      if (context.povertyRound(pcode, year >= 2021 ? 1 : 0) >= 40) {
        poor.add(pcode);
      }
    }
    return poor;
  }

  private static boolean pocket(String pcode) {
    return DemoStories.UNCOVERED.equals(pcode);
  }
}
