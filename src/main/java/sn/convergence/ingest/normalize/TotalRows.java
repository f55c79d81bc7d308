package sn.convergence.ingest.normalize;

import java.util.Optional;
import java.util.regex.Pattern;
import sn.convergence.geography.NameNormalizer;
import sn.convergence.ingest.RawRow;

/** Recognises total and subtotal lines ("TOTAL", "Sous-total Matam", "Grand total", "Ensemble"). */
public final class TotalRows {

  private static final Pattern TOTAL =
      Pattern.compile("^(sous ?total|subtotal|sub total|grand total|total|totaux|ensemble)\\b.*");
  private static final int CELLS_TO_LOOK_AT = 4;

  private TotalRows() {}

  /** A cheap first filter, so that ordinary cells are not normalised. */
  private static boolean mayBeTotal(String cell) {
    String lower = cell.toLowerCase(java.util.Locale.ROOT);
    return lower.contains("tot") || lower.contains("ensemble");
  }

  /** The cell that marks the row as a total, if any among its first non-blank cells. */
  public static Optional<String> marker(RawRow row) {
    int seen = 0;
    for (String cell : row.cells()) {
      if (cell.isBlank()) {
        continue;
      }
      if (mayBeTotal(cell) && TOTAL.matcher(NameNormalizer.normalize(cell)).matches()) {
        return Optional.of(cell.strip());
      }
      if (++seen >= CELLS_TO_LOOK_AT) {
        break;
      }
    }
    return Optional.empty();
  }
}
