package sn.convergence.demo.raw;

/**
 * One injected data-quality problem: where it is (file, sheet, 1-based row, column header; row 0
 * and a blank column for the whole file), its problem number in the demo spec (section 6, 1 to 17),
 * the kind of injection ("alias", "capitals", "bare_code"...), the truth value and what was written
 * instead. For a CSV file the sheet is the file name, as the import names it.
 */
public record NoiseEntry(
    String file,
    String sheet,
    int row,
    String column,
    int problem,
    String kind,
    String original,
    String injected) {}
