package sn.convergence.registry;

import java.time.LocalDate;
import java.util.Optional;
import sn.convergence.geography.PCode;

/**
 * An unvalidated coverage row as a client or an import sends it. The period is given either as a
 * {@link Period} label ({@code period}) or by explicit {@code periodStart}/{@code periodEnd}; the
 * unit is a {@link BeneficiaryUnit} name. {@link InterventionValidator} checks everything.
 */
public record CoverageDraft(
    String pcode,
    String period,
    LocalDate periodStart,
    LocalDate periodEnd,
    Long planned,
    Long reached,
    String unit,
    Long budgetXof,
    String source) {

  /** A typed row, for callers that already hold valid values. */
  public static CoverageDraft of(
      PCode pcode,
      Period period,
      Long planned,
      Long reached,
      BeneficiaryUnit unit,
      Long budgetXof,
      String source) {
    return new CoverageDraft(
        pcode.value(),
        period.label(),
        null,
        null,
        planned,
        reached,
        unit.name(),
        budgetXof,
        source);
  }

  /** The period named by the label, or else by the explicit dates; empty when neither is valid. */
  public Optional<Period> resolvePeriod() {
    if (period != null && !period.isBlank()) {
      return Period.tryParse(period);
    }
    if (periodStart != null && periodEnd != null && !periodEnd.isBefore(periodStart)) {
      return Optional.of(Period.between(periodStart, periodEnd));
    }
    return Optional.empty();
  }
}
