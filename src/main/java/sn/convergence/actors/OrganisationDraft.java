package sn.convergence.actors;

/**
 * What a caller may set on an organisation: never its id or timestamps. {@code parent} and {@code
 * iatiIdentifier} are optional.
 */
public record OrganisationDraft(
    String acronym,
    String name,
    OrganisationType type,
    OrganisationId parent,
    String iatiIdentifier,
    boolean synthetic) {

  public static OrganisationDraft of(String acronym, String name, OrganisationType type) {
    return new OrganisationDraft(acronym, name, type, null, null, false);
  }
}
