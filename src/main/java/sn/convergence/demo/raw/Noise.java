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
    ValueNoise values = new ValueNoise(this);
    values.conflicts();
    values.budgetTypes();
    PlaceNoise places = new PlaceNoise(this);
    places.createdDuringPeriod();
    places.wrongLevels();
    places.wrongParents();
    places.missingKeys();
    values.mixedUnits();
    values.currencyAndScale();
    values.outOfRange();
    values.freeText();
    values.spreadsheetQuirks();
    values.numberFormats();
    new PeriodNoise(this).inject();
    places.nameVariants();
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

  Draws draws(String stream) {
    return sources.draws("noise-draw-" + stream);
  }
}
