package sn.convergence.demo;

/** An organisation taking part in an intervention, with a role from {@link DemoCodes#ROLES}. */
public record DemoParticipant(String acronym, String role) {}
