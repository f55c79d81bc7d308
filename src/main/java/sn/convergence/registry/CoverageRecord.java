package sn.convergence.registry;

import java.time.LocalDate;
import java.util.List;
import sn.convergence.geography.PCode;

/**
 * One coverage row with the classification of its intervention, for analyses that read the registry
 * as facts: the intervention's code, its type codes (in the intervention's order), target group
 * codes, the acronyms of its participating organisations, the unit, the period's inclusive dates
 * and the figures (null when unknown).
 */
public record CoverageRecord(
    String interventionCode,
    List<String> types,
    List<String> targetGroups,
    List<String> organisations,
    PCode pcode,
    LocalDate start,
    LocalDate end,
    Long planned,
    Long reached,
    BeneficiaryUnit unit,
    Long budgetXof) {

  public CoverageRecord {
    types = List.copyOf(types);
    targetGroups = List.copyOf(targetGroups);
    organisations = List.copyOf(organisations);
  }
}
