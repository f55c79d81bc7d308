package sn.convergence.actors;

/** The database identity of an organisation. */
public record OrganisationId(long value) {

  public static OrganisationId of(long value) {
    return new OrganisationId(value);
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
