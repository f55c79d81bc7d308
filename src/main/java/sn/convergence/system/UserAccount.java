package sn.convergence.system;

/** A user as the rest of the platform sees it; {@code organisationId} is set for partners only. */
public record UserAccount(
    long id, String username, Role role, Long organisationId, boolean enabled) {}
