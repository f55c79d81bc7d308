package sn.convergence.registry;

import java.time.LocalDate;

/**
 * A coverage fact already in the registry, as an import compares it with its own: the intervention
 * code, unit, period, beneficiary unit, reached figure, the fact's source text and the import batch
 * that last wrote it (null for a fact entered by hand or loaded with the demonstration data).
 */
public record ReportedFact(
    String interventionCode,
    String pcode,
    String periodLabel,
    LocalDate start,
    LocalDate end,
    String unit,
    Long reached,
    String source,
    Long importBatchId) {}
