package sn.convergence.registry;

/** An unvalidated participant: an organisation id and a {@link ParticipantRole} name. */
public record ParticipantDraft(Long organisationId, String role) {

  public static ParticipantDraft of(sn.convergence.actors.OrganisationId id, ParticipantRole role) {
    return new ParticipantDraft(id.value(), role.name());
  }
}
