package sn.convergence.system;

/**
 * One invalid field of a request: {@code field} is the JSON path as the client sent it
 * ("coverage[2].pcode"), {@code code} a stable machine code, {@code message} a French or English
 * sentence for people.
 */
public record FieldViolation(String field, String code, String message) {}
