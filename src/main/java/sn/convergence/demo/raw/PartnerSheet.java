package sn.convergence.demo.raw;

import java.util.List;
import java.util.Map;

/**
 * One sheet as written: its rows from the first (index 0 is spreadsheet row 1), merged areas,
 * hidden columns, and the label the import gives each mapped column (its HXL tag when the sheet has
 * a hashtag row, else its header text), by column index.
 */
public record PartnerSheet(
    String name,
    List<List<Cell>> rows,
    List<Merge> merges,
    List<Integer> hiddenColumns,
    Map<String, String> labels) {

  public PartnerSheet {
    rows = rows.stream().map(List::copyOf).toList();
    merges = List.copyOf(merges);
    hiddenColumns = List.copyOf(hiddenColumns);
    labels = Map.copyOf(labels);
  }

  /** A merged area, 0-based and inclusive. */
  public record Merge(int firstRow, int lastRow, int firstColumn, int lastColumn) {}

  /** The label the import gives the column with this header (the header itself when untagged). */
  public String label(String header) {
    return labels.getOrDefault(header, header);
  }
}
