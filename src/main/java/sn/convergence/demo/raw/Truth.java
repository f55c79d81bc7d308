package sn.convergence.demo.raw;

import java.util.List;

/**
 * The meaning of a data row being built: see {@link RowTruth}. {@code budgetXof} is the amount the
 * row's budget cell should read, in XOF (null when the row has no budget); {@code dupKeys} name the
 * facts regardless of unit ({@code operation|pcode|period}), to find the rows two files share.
 */
record Truth(
    String operation,
    List<String> pcodes,
    int year,
    String unit,
    long reached,
    Long budgetXof,
    List<String> facts,
    List<String> dupKeys,
    boolean part) {

  Truth {
    pcodes = List.copyOf(pcodes);
    facts = List.copyOf(facts);
    dupKeys = List.copyOf(dupKeys);
  }

  Truth withReached(long newReached, Long newBudget) {
    return new Truth(operation, pcodes, year, unit, newReached, newBudget, facts, dupKeys, part);
  }
}
