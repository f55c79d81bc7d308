package sn.convergence.demo.raw;

import static sn.convergence.demo.raw.Col.DEPARTMENT;
import static sn.convergence.demo.raw.Col.PERIOD;
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
 * Problems of place names and keys: name variants (problem 1), wrong level (3), wrong parent and
 * units that did not exist yet (4), missing or mixed keys (5).
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

  /** ANSD region codes (they order regions differently from OCHA P-codes). */
  private static final Map<String, String> ANSD =
      Map.ofEntries(
          Map.entry("SN01", "01"),
          Map.entry("SN02", "03"),
          Map.entry("SN03", "09"),
          Map.entry("SN04", "12"),
          Map.entry("SN05", "06"),
          Map.entry("SN06", "13"),
          Map.entry("SN07", "10"),
          Map.entry("SN08", "08"),
          Map.entry("SN09", "11"),
          Map.entry("SN10", "04"),
          Map.entry("SN11", "14"),
          Map.entry("SN12", "05"),
          Map.entry("SN13", "07"),
          Map.entry("SN14", "02"));

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
      String pcode = department(slot);
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
    List<Slot> regions = noise.candidates("dept-as-region", this::freeRegion);
    List<Slot> departments = noise.candidates("region-as-dept", this::freeDepartment);
    int asRegion = 0;
    for (Slot slot : regions) {
      if (asRegion >= target * 2 / 5) {
        break;
      }
      String region = regionOf(slot);
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
      String pcode = department(slot);
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
      String pcode = department(slot);
      String wrong = wrongParent(pcode);
      if (slot.table().has(REGION_CODE)) {
        slot.line().inject(4, "wrong_region", REGION_CODE, Value.text(wrong));
      } else {
        slot.line().inject(4, "wrong_region", REGION, Value.text(sources.names.name(wrong)));
      }
      done++;
    }
  }

  /** Problem 5: a region code without its prefix or in ANSD numbering, a blank region. */
  void missingKeys() {
    int target = noise.share(0.05);
    Draws draws = noise.draws("keys");
    int done = 0;
    for (Slot slot :
        noise.candidates(
            "bare-code", s -> s.table().has(REGION_CODE) && !s.line().touched(REGION_CODE))) {
      if (done >= target * 3 / 10) {
        break;
      }
      String region = regionOf(slot);
      String digits = region.substring(2);
      String code =
          switch (draws.intBetween(0, 2)) {
            case 0 -> String.valueOf(Integer.parseInt(digits));
            case 1 -> digits;
            default -> ANSD.get(region);
          };
      slot.line().inject(5, "bare_code", REGION_CODE, Value.text(code));
      done++;
    }
    for (Slot slot : noise.candidates("blank-region", s -> regionOnly(s) && freeRegion(s))) {
      if (done >= target / 2) {
        break;
      }
      slot.line().inject(5, "blank_region", REGION, Value.text(""));
      slot.line().traits.add(Line.Trait.PLACE_BROKEN);
      done++;
    }
    for (Slot slot : noise.candidates("blank-year", this::freePeriod)) {
      if (done >= target) {
        break;
      }
      slot.line().inject(5, "blank_year", PERIOD, Value.text(""));
      slot.line().traits.add(Line.Trait.PERIOD_BROKEN);
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
      String pcode = column == DEPARTMENT ? department(slot) : regionOf(slot);
      String kind = draws.pick(sources.names.variantKinds(pcode, column == DEPARTMENT));
      slot.line().inject(1, kind, column, Value.text(sources.names.variant(pcode, kind, draws)));
      done++;
    }
  }

  /** The place cell a variant can go in: the department's, else the region's; null if none. */
  private Col placeCell(Slot slot) {
    if (department(slot) != null && canonical(slot, DEPARTMENT, department(slot))) {
      return DEPARTMENT;
    }
    String region = slot.line().truth == null ? null : regionOf(slot);
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

  private boolean freeRegion(Slot slot) {
    Line line = slot.line();
    return line.truth != null
        && slot.table().has(REGION)
        && !slot.table().has(REGION_CODE)
        && slot.table().verticalMerges.isEmpty()
        && !line.display(REGION).isEmpty()
        && !line.touched(REGION)
        && line.truth.pcodes().size() == 1
        && !line.traits.contains(Line.Trait.PLACE_BROKEN)
        && !line.traits.contains(Line.Trait.PROTECTED_BUDGET)
        && !line.traits.contains(Line.Trait.DUPLICATE);
  }

  private boolean freeDepartment(Slot slot) {
    Line line = slot.line();
    return department(slot) != null
        && !line.touched(DEPARTMENT)
        && !line.touched(REGION)
        && !line.traits.contains(Line.Trait.PLACE_BROKEN)
        && !line.traits.contains(Line.Trait.PROTECTED_BUDGET)
        && !line.traits.contains(Line.Trait.DUPLICATE);
  }

  private boolean freePeriod(Slot slot) {
    Line line = slot.line();
    return line.truth != null
        && slot.table().has(PERIOD)
        && !line.touched(PERIOD)
        && !line.traits.contains(Line.Trait.PERIOD_BROKEN)
        && !line.traits.contains(Line.Trait.DUPLICATE)
        && !line.traits.contains(Line.Trait.PROTECTED_REACHED)
        && !line.traits.contains(Line.Trait.PROTECTED_BUDGET);
  }

  private boolean perRowRegion(Slot slot) {
    Line line = slot.line();
    Col regionColumn = slot.table().has(REGION_CODE) ? REGION_CODE : REGION;
    return department(slot) != null
        && slot.table().has(regionColumn)
        && slot.table().verticalMerges.isEmpty()
        && !line.display(regionColumn).isEmpty()
        && !line.touched(regionColumn)
        && !line.touched(DEPARTMENT)
        && !line.traits.contains(Line.Trait.PLACE_BROKEN);
  }

  private boolean pikineBeforeSplit(Slot slot) {
    String pcode = department(slot);
    return "SN0103".equals(pcode)
        && slot.line().truth.year() <= 2020
        && slot.line().marks.stream().allMatch(m -> m.column() != DEPARTMENT || m.problem() == 1);
  }

  private boolean regionOnly(Slot slot) {
    return !slot.table().has(DEPARTMENT) && slot.line().truth != null;
  }

  /** The row's single department, when it has a department cell; else null. */
  private String department(Slot slot) {
    Truth truth = slot.line().truth;
    if (truth == null
        || !slot.table().has(DEPARTMENT)
        || truth.pcodes().size() != 1
        || sources.names.isRegion(truth.pcodes().get(0))
        || slot.line().display(DEPARTMENT).isEmpty()) {
      return null;
    }
    return truth.pcodes().get(0);
  }

  private String regionOf(Slot slot) {
    String pcode = slot.line().truth.pcodes().get(0);
    return sources.names.isRegion(pcode) ? pcode : sources.names.region(pcode);
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
