package sn.convergence.registry;

/** A population group interventions aim at. */
public record TargetGroup(String code, Label label) {}
