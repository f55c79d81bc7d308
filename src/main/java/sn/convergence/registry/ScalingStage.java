package sn.convergence.registry;

/**
 * Scaling-up stages from the domain brief (ExpandNet, MSI, IFAD), from idea to sustained at scale.
 */
public enum ScalingStage {
  IDEA,
  PILOT,
  CONSOLIDATION,
  EXTENSION,
  INSTITUTIONALISATION,
  SUSTAINED;

  /** The constant named by the text (case-insensitive), or null when none is. */
  public static ScalingStage parse(String text) {
    return Codes.parse(ScalingStage.class, text);
  }
}
