package sn.convergence.demo.raw;

import java.util.List;

/**
 * What one data row of a partner file means, by the truth layer: the operation (an intervention
 * code, or the shared key of a joint operation), the places (department or region P-codes; several
 * for a multi-unit row), the first year of its period, the unit of measure and the figure the row
 * should carry (households, people, pupils...), and the truth facts it derives from ({@code
 * intervention|pcode|period|unit}). A {@code part} row holds a share of its fact (a commune, a
 * village): the parts of one file sum to the fact.
 */
public record RowTruth(
    String file,
    String sheet,
    int row,
    String operation,
    List<String> pcodes,
    int year,
    String unit,
    long reached,
    List<String> facts,
    boolean part) {

  public RowTruth {
    pcodes = List.copyOf(pcodes);
    facts = List.copyOf(facts);
  }
}
