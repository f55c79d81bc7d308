package sn.convergence.demo.raw;

import static sn.convergence.demo.raw.Col.DEPARTMENT;
import static sn.convergence.demo.raw.Col.REGION;
import static sn.convergence.demo.raw.Col.REGION_CODE;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import sn.convergence.demo.DemoDepartment;
import sn.convergence.demo.raw.Noise.Slot;

/**
 * Problems of place names: name variants (problem 1), wrong level (3), wrong parent and units that
 * did not exist yet (4).
 */
final class PlaceNoise {

  /** A neighbouring region per region, for rows put under the wrong parent. */
  private static final Map<String, String> NEIGHBOUR =
      Map.ofEntries(
          Map.entry("SN01", "SN13"),
          Map.entry("SN02", "SN08"),
          Map.entry("SN03", "SN05"),
          Map.entry("SN04", "SN05"),
          Map.entry("SN05", "SN04"),
          Map.entry("SN06", "SN12"),
          Map.entry("SN07", "SN11"),
          Map.entry("SN08", "SN02"),
          Map.entry("SN09", "SN10"),
          Map.entry("SN10", "SN09"),
          Map.entry("SN11", "SN07"),
          Map.entry("SN12", "SN06"),
          Map.entry("SN13", "SN01"),
          Map.entry("SN14", "SN11"));

  private final Noise noise;
  private final Sources sources;
  private final Set<String> knownNames;

  PlaceNoise(Noise noise) {
    this.noise = noise;
    this.sources = noise.sources;
    this.knownNames =
        sources.dataset.departments().stream()
            .flatMap(d -> List.of(d.name(), d.regionName()).stream())
            .map(PlaceNoise::key)
            .collect(Collectors.toCollection(java.util.HashSet::new));
    Gazetteer.ALIASES.values().forEach(list -> list.forEach(a -> knownNames.add(key(a))));
  }

  /** Rows of a department created during their period (Keur Massar in 2021): as built. */
  void createdDuringPeriod() {
    for (Slot slot : noise.slots) {
      String pcode = noise.department(slot);
      if (pcode == null) {
        continue;
      }
      DemoDepartment department = departmentOf(pcode);
      if (department.validFrom() != null
          && department.validFrom().getYear() == slot.line().truth.year()
          && department.validFrom().getDayOfYear() > 1) {
        slot.line()
            .mark(4, "created_during_period", DEPARTMENT, department.name() + " (" + pcode + ")");
        slot.line().traits.add(Line.Trait.PLACE_BROKEN);
      }
    }
  }

  /** Problem 3: a department in the region column, a region or a commune in the department's. */
  void wrongLevels() {
    int target = noise.share(0.03);
    Draws draws = noise.draws("wrong-level");
    List<Slot> regions = noise.candidates("dept-as-region", noise::freeRegion);
    List<Slot> departments = noise.candidates("region-as-dept", this::freeDepartment);
    int asRegion = 0;
    for (Slot slot : regions) {
      if (asRegion >= target * 2 / 5) {
        break;
      }
      String region = noise.regionOf(slot);
      List<String> names = departmentsNamedApart(region);
      if (!names.isEmpty()) {
        slot.line().inject(3, "department_as_region", REGION, Value.text(draws.pick(names)));
        slot.line().traits.add(Line.Trait.PLACE_BROKEN);
        asRegion++;
      }
    }
    int done = asRegion;
    for (Slot slot : departments) {
      if (done >= target || !freeDepartment(slot)) {
        continue;
      }
      String pcode = noise.department(slot);
      List<String> communes = communesNamedApart(pcode);
      boolean commune = !communes.isEmpty() && draws.chance(0.35);
      Value value =
          commune
              ? Value.text(draws.pick(communes))
              : Value.text("Région de " + sources.names.name(sources.names.region(pcode)));
      slot.line()
          .inject(3, commune ? "commune_as_department" : "region_as_department", DEPARTMENT, value);
      slot.line().traits.add(Line.Trait.PLACE_BROKEN);
      done++;
    }
  }

  /** Problem 4: a department under a neighbouring region; Keur Massar before it existed. */
  void wrongParents() {
    long natural = noise.slots.stream().filter(s -> s.line().has(4)).count();
    int target = (int) Math.max(0, noise.share(0.01) - natural);
    int early = 0;
    for (Slot slot : noise.candidates("not-yet-created", this::pikineBeforeSplit)) {
      if (early >= 3) {
        break;
      }
      slot.line().marks.removeIf(m -> m.problem() == 1 && m.column() == DEPARTMENT);
      slot.line().inject(4, "not_yet_created", DEPARTMENT, Value.text("Keur Massar"));
      early++;
    }
    int done = early;
    for (Slot slot : noise.candidates("wrong-region", this::perRowRegion)) {
      if (done >= target) {
        break;
      }
      String pcode = noise.department(slot);
      String wrong = wrongParent(pcode);
      if (slot.table().has(REGION_CODE)) {
        slot.line().inject(4, "wrong_region", REGION_CODE, Value.text(wrong));
      } else {
        slot.line().inject(4, "wrong_region", REGION, Value.text(sources.names.name(wrong)));
      }
      done++;
    }
  }

  /** Problem 1: aliases, missing accents, capitals, prefixes, no-break spaces. */
  void nameVariants() {
    long already = noise.slots.stream().filter(s -> s.line().has(1)).count();
    int target = (int) Math.max(0, noise.share(0.35) - already);
    Draws draws = noise.draws("variants");
    int done = 0;
    for (Slot slot : noise.candidates("variants", s -> !s.line().has(1) && placeCell(s) != null)) {
      if (done >= target) {
        break;
      }
      Col column = placeCell(slot);
      String pcode = column == DEPARTMENT ? noise.department(slot) : noise.regionOf(slot);
      String kind = draws.pick(sources.names.variantKinds(pcode, column == DEPARTMENT));
      slot.line().inject(1, kind, column, Value.text(sources.names.variant(pcode, kind, draws)));
      done++;
    }
  }

  /** The place cell a variant can go in: the department's, else the region's; null if none. */
  private Col placeCell(Slot slot) {
    if (noise.department(slot) != null && canonical(slot, DEPARTMENT, noise.department(slot))) {
      return DEPARTMENT;
    }
    String region = slot.line().truth == null ? null : noise.regionOf(slot);
    return region != null
            && slot.table().has(REGION)
            && !slot.table().has(REGION_CODE)
            && canonical(slot, REGION, region)
        ? REGION
        : null;
  }

  private boolean canonical(Slot slot, Col column, String pcode) {
    return !slot.line().touched(column)
        && slot.line().display(column).equals(sources.names.name(pcode));
  }

  private boolean freeDepartment(Slot slot) {
    Line line = slot.line();
    return noise.department(slot) != null
        && !line.touched(DEPARTMENT)
        && !line.touched(REGION)
        && !line.traits.contains(Line.Trait.PLACE_BROKEN)
        && !line.traits.contains(Line.Trait.PROTECTED_BUDGET)
        && !line.traits.contains(Line.Trait.DUPLICATE);
  }

  private boolean perRowRegion(Slot slot) {
    Line line = slot.line();
    Col regionColumn = slot.table().has(REGION_CODE) ? REGION_CODE : REGION;
    return noise.department(slot) != null
        && slot.table().has(regionColumn)
        && slot.table().verticalMerges.isEmpty()
        && !line.display(regionColumn).isEmpty()
        && !line.touched(regionColumn)
        && !line.touched(DEPARTMENT)
        && !line.traits.contains(Line.Trait.PLACE_BROKEN);
  }

  private boolean pikineBeforeSplit(Slot slot) {
    String pcode = noise.department(slot);
    return "SN0103".equals(pcode)
        && slot.line().truth.year() <= 2020
        && slot.line().marks.stream().allMatch(m -> m.column() != DEPARTMENT || m.problem() == 1);
  }

  private String wrongParent(String department) {
    if (department.equals("SN0702")) {
      return "SN11";
    }
    if (department.equals("SN0403")) {
      return "SN05";
    }
    return NEIGHBOUR.get(sources.names.region(department));
  }

  private List<String> departmentsNamedApart(String region) {
    Set<String> regionNames =
        sources.dataset.departments().stream()
            .map(d -> key(d.regionName()))
            .collect(Collectors.toSet());
    List<String> names = new ArrayList<>();
    for (DemoDepartment d : sources.dataset.departments()) {
      if (d.regionPcode().equals(region) && !regionNames.contains(key(d.name()))) {
        names.add(d.name());
      }
    }
    return names;
  }

  private List<String> communesNamedApart(String department) {
    List<String> communes = Communes.BY_DEPARTMENT.getOrDefault(department, List.of());
    return communes.stream().filter(c -> !knownNames.contains(key(c))).toList();
  }

  private DemoDepartment departmentOf(String pcode) {
    return sources.dataset.departments().stream()
        .filter(d -> d.pcode().equals(pcode))
        .findFirst()
        .orElseThrow();
  }

  private static String key(String name) {
    return Gazetteer.withoutAccents(name)
        .toLowerCase(java.util.Locale.ROOT)
        .replaceAll("[^a-z]", "");
  }
}
