package sn.convergence.demo;

/** An organisation of the demo; {@code parentAcronym} is null for top-level organisations. */
public record DemoOrganisation(String acronym, String name, String type, String parentAcronym) {}
