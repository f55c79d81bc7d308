package sn.convergence.registry;

import java.util.List;
import java.util.Map;

/**
 * Who does what in one admin unit: distinct interventions (codes, sorted) and actors (acronyms,
 * sorted), beneficiaries per {@link BeneficiaryUnit} (never added across units: households and
 * people stay apart), budget in XOF, and the number of coverage rows behind the figures.
 */
public record UnitPresence(
    String pcode,
    String name,
    String level,
    int interventionCount,
    List<String> interventions,
    int actorCount,
    List<String> actors,
    Map<BeneficiaryUnit, Figures> beneficiaries,
    long budgetXof,
    int rows) {}
