package sn.convergence.actors;

import java.time.Instant;

/**
 * A stored organisation. {@code parent} is null for top-level organisations; {@code iatiIdentifier}
 * is null when the organisation has no IATI reference (e.g. {@code XM-DAC-41140} for WFP).
 */
public record Organisation(
    OrganisationId id,
    String acronym,
    String name,
    OrganisationType type,
    OrganisationId parent,
    String iatiIdentifier,
    boolean synthetic,
    Instant createdAt,
    Instant updatedAt,
    int version) {}
