package sn.convergence.registry;

/**
 * One type of the taxonomy. {@code dacSector} is the OECD DAC 5-digit purpose code, null when none
 * fits; {@code defaultUnit} is what coverage rows of this type usually count.
 */
public record InterventionType(
    String code, String familyCode, Label label, String dacSector, BeneficiaryUnit defaultUnit) {}
