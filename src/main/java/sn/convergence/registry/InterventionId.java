package sn.convergence.registry;

/** The database identity of an intervention. */
public record InterventionId(long value) {

  public static InterventionId of(long value) {
    return new InterventionId(value);
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
