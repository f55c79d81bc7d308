package sn.convergence.demo.raw;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Injects the data-quality problems of the demo spec (section 6) into the partner files being
 * built, at their target frequencies, each logged on its line. The order matters: problems that
 * other checks rely on (conflicting values, budget series) are placed first and protect their
 * cells; place names, periods and numbers follow; totals are filled last, then some made
 * inconsistent. Deterministic for the seed.
 */
final class Noise {

  /** A file's lines with the file they belong to and the table they sit in. */
  record Slot(FileSpec file, Table table, Line line) {}

  final Sources sources;
  final List<FileSpec> files;
  final List<Slot> slots = new ArrayList<>();

  Noise(Sources sources, List<FileSpec> files) {
    this.sources = sources;
    this.files = files;
    for (FileSpec file : files) {
      for (Table table : file.tables) {
        for (Line line : table.lines) {
          if (line.isData()) {
            slots.add(new Slot(file, table, line));
          }
        }
      }
    }
  }

  void inject() {
    Duplicates.mark(files);
    PairedNoise paired = new PairedNoise(this);
    paired.conflicts();
    paired.budgetTypes();
    PlaceNoise places = new PlaceNoise(this);
    places.createdDuringPeriod();
    places.wrongLevels();
    places.wrongParents();
    new KeyNoise(this).missingKeys();
    ValueNoise values = new ValueNoise(this);
    values.mixedUnits();
    values.currencyAndScale();
    values.outOfRange();
    values.freeText();
    NumberFormats numbers = new NumberFormats(this);
    numbers.quirks();
    numbers.formats();
    new PeriodNoise(this).inject();
    places.nameVariants();
    new TransferNoise(this).budgetMismatches();
    Totals totals = new Totals(this);
    totals.fill();
    totals.inconsistent();
    fileMarks();
  }

  private void fileMarks() {
    for (FileSpec file : files) {
      if (file.encoding == PartnerFile.TextEncoding.WINDOWS_1252) {
        file.fileMarks.add(new Line.Mark(10, "windows_1252", null, "UTF-8", "windows-1252"));
      }
    }
  }

  /** The number of data lines, the denominator of row frequencies. */
  int dataLines() {
    return slots.size();
  }

  /** Lines meeting the condition, in a seeded random order. */
  List<Slot> candidates(String stream, Predicate<Slot> keep) {
    List<Slot> kept = slots.stream().filter(keep).toList();
    return sources.draws("noise-" + stream).shuffled(kept);
  }

  /** At most {@code count} of the candidates. */
  static List<Slot> first(List<Slot> candidates, int count) {
    return candidates.subList(0, Math.min(count, candidates.size()));
  }

  /** The count for a share of the data lines. */
  int share(double fraction) {
    return (int) Math.round(fraction * dataLines());
  }

  /** The row's single department, when it has a department cell; else null. */
  String department(Slot slot) {
    Truth truth = slot.line().truth;
    if (truth == null
        || !slot.table().has(Col.DEPARTMENT)
        || truth.pcodes().size() != 1
        || sources.names.isRegion(truth.pcodes().get(0))
        || slot.line().display(Col.DEPARTMENT).isEmpty()) {
      return null;
    }
    return truth.pcodes().get(0);
  }

  String regionOf(Slot slot) {
    String pcode = slot.line().truth.pcodes().get(0);
    return sources.names.isRegion(pcode) ? pcode : sources.names.region(pcode);
  }

  /** A row whose own region cell can take a problem. */
  boolean freeRegion(Slot slot) {
    Line line = slot.line();
    return line.truth != null
        && slot.table().has(Col.REGION)
        && !slot.table().has(Col.REGION_CODE)
        && slot.table().verticalMerges.isEmpty()
        && !line.display(Col.REGION).isEmpty()
        && !line.touched(Col.REGION)
        && line.truth.pcodes().size() == 1
        && !line.traits.contains(Line.Trait.PLACE_BROKEN)
        && !line.traits.contains(Line.Trait.PROTECTED_BUDGET)
        && !line.traits.contains(Line.Trait.DUPLICATE);
  }

  Draws draws(String stream) {
    return sources.draws("noise-draw-" + stream);
  }
}
