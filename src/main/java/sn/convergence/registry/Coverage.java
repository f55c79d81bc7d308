package sn.convergence.registry;

import sn.convergence.geography.PCode;

/**
 * One stored fact: an intervention in one admin unit over one period. {@code planned}, {@code
 * reached} and {@code budgetXof} are null when unknown, never negative; figures count {@code unit}.
 */
public record Coverage(
    long id,
    PCode pcode,
    Period period,
    Long planned,
    Long reached,
    BeneficiaryUnit unit,
    Long budgetXof,
    String source,
    boolean synthetic) {}
