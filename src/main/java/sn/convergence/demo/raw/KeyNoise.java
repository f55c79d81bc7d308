package sn.convergence.demo.raw;

import static sn.convergence.demo.raw.Col.DEPARTMENT;
import static sn.convergence.demo.raw.Col.PERIOD;
import static sn.convergence.demo.raw.Col.REGION;
import static sn.convergence.demo.raw.Col.REGION_CODE;

import java.util.Map;
import sn.convergence.demo.raw.Noise.Slot;

/** Problem 5: missing or mixed keys (a blank year or region, a region code without its prefix). */
final class KeyNoise {

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

  KeyNoise(Noise noise) {
    this.noise = noise;
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
      String region = noise.regionOf(slot);
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
    for (Slot slot : noise.candidates("blank-region", s -> regionOnly(s) && noise.freeRegion(s))) {
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

  private boolean regionOnly(Slot slot) {
    return !slot.table().has(DEPARTMENT) && slot.line().truth != null;
  }
}
