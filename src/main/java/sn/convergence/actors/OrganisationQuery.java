package sn.convergence.actors;

/**
 * Filters for listing organisations; null fields do not filter. {@code text} matches the acronym or
 * the name, ignoring accents and case.
 */
public record OrganisationQuery(String text, OrganisationType type) {

  public static OrganisationQuery all() {
    return new OrganisationQuery(null, null);
  }
}
