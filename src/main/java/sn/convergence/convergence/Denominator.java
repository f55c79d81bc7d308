package sn.convergence.convergence;

/**
 * The population a beneficiary count is compared with: its code ({@code POOR_HOUSEHOLDS}, {@code
 * POPULATION}, {@code SCHOOL_AGE_CHILDREN}, {@code SCHOOLS}), its value and the formula used.
 */
public record Denominator(String code, double value, String formula) {}
