package sn.convergence.ingest.commit;

import java.time.LocalDate;
import sn.convergence.registry.CoverageDraft;

/**
 * One coverage fact an import will create or update: unit, period (registry label and dates),
 * figures in whole numbers and XOF, beneficiary unit code, source text and the row it came from.
 */
public record PlannedFact(
    String pcode,
    String periodLabel,
    LocalDate start,
    LocalDate end,
    Long planned,
    Long reached,
    String unit,
    Long budgetXof,
    String source,
    int row) {

  /** Identity within an intervention: unit, period and beneficiary unit. */
  public String key() {
    return pcode + "|" + periodLabel + "|" + unit;
  }

  public CoverageDraft toDraft() {
    return new CoverageDraft(
        pcode, periodLabel, null, null, planned, reached, unit, budgetXof, source);
  }

  /**
   * This fact with a part's figures added (a missing figure counts as nothing); its source and row
   * stay this fact's.
   */
  PlannedFact plus(PlannedFact part) {
    return new PlannedFact(
        pcode,
        periodLabel,
        start,
        end,
        sum(planned, part.planned),
        sum(reached, part.reached),
        unit,
        sum(budgetXof, part.budgetXof),
        source,
        row);
  }

  /** The same fact under another label of the same period. */
  PlannedFact withPeriodLabel(String label) {
    return new PlannedFact(
        pcode, label, start, end, planned, reached, unit, budgetXof, source, row);
  }

  private static Long sum(Long a, Long b) {
    return a == null ? b : b == null ? a : Long.valueOf(a + b);
  }

  /** The same fact with another source added ("a; b"), cut to the column's 300 characters. */
  PlannedFact withSource(String more) {
    String joined = source == null ? more : source + "; " + more;
    return new PlannedFact(
        pcode,
        periodLabel,
        start,
        end,
        planned,
        reached,
        unit,
        budgetXof,
        joined.length() > 300 ? joined.substring(0, 300) : joined,
        row);
  }
}
