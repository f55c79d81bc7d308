package sn.convergence.ingest;

import java.util.List;

/**
 * One row as read from a sheet, before any interpretation. {@code rowNumber} is 1-based as a
 * spreadsheet shows it; {@code cells} holds the text of each column from the first (blank cells as
 * empty strings, never null).
 */
public record RawRow(String sheet, int rowNumber, List<String> cells) {

  public RawRow {
    cells = List.copyOf(cells);
  }

  /** The text of a column, empty when the row is shorter. */
  public String cell(int column) {
    return column < cells.size() ? cells.get(column) : "";
  }

  public boolean isBlank() {
    for (String cell : cells) {
      if (!cell.isBlank()) {
        return false;
      }
    }
    return true;
  }
}
