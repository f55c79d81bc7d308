package sn.convergence.registry;

import sn.convergence.actors.OrganisationId;

/** An organisation taking part in an intervention in one role. */
public record Participant(OrganisationId organisation, ParticipantRole role) {}
