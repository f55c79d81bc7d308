package sn.convergence.convergence;

/**
 * When several interventions of the same type (or family) serve the same target group in one unit,
 * they duplicate each other if there are at least {@code minInterventions} distinct interventions
 * run by at least {@code minOrganisations} distinct organisations. Facts without target groups are
 * compared under the group {@value #UNSPECIFIED_GROUP}.
 */
public record DuplicationRule(Key key, int minInterventions, int minOrganisations) {

  public static final String UNSPECIFIED_GROUP = "UNSPECIFIED";

  public enum Key {
    TYPE,
    FAMILY
  }

  public DuplicationRule {
    if (minInterventions < 2 || minOrganisations < 1) {
      throw new IllegalArgumentException("A duplication needs >= 2 interventions, >= 1 actor");
    }
  }

  public static DuplicationRule defaults() {
    return new DuplicationRule(Key.TYPE, 2, 2);
  }

  String keyOf(CoverageFact fact) {
    return key == Key.TYPE ? fact.typeCode() : fact.familyCode();
  }
}
