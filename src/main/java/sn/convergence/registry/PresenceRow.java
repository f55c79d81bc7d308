package sn.convergence.registry;

import java.time.LocalDate;
import java.util.List;
import sn.convergence.geography.PCode;

/**
 * One coverage row as the presence calculator reads it: the intervention's code and the acronyms of
 * its participating organisations, the unit, the period and the figures (null when unknown).
 */
public record PresenceRow(
    String interventionCode,
    List<String> actors,
    PCode pcode,
    LocalDate start,
    LocalDate end,
    Long planned,
    Long reached,
    BeneficiaryUnit unit,
    Long budgetXof) {}
