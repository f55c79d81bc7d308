package sn.convergence.convergence;

import java.util.Optional;

/**
 * Coverage of one intervention family in one beneficiary unit: the summed beneficiaries (without
 * shared household identifiers, overlaps between interventions cannot be removed, so this is an
 * upper bound), the denominator, and the ratio (may exceed 1; capped only in package coverage).
 * Units without a population denominator (hectares...) have no denominator and no ratio.
 */
public record CoverageLine(
    String familyCode,
    String beneficiaryUnit,
    long beneficiaries,
    Optional<Denominator> denominator,
    Optional<Double> ratio) {}
