package sn.convergence.registry;

import java.util.List;
import sn.convergence.system.FieldViolation;

/**
 * What applying an import does (or would do) to the registry: interventions created or whose facts
 * change, facts created, updated or left unchanged, and the interventions refused with why.
 */
public record ImportEffect(
    int interventionsCreated,
    int interventionsChanged,
    int factsCreated,
    int factsUpdated,
    int factsUnchanged,
    List<Rejection> rejected) {

  public ImportEffect {
    rejected = List.copyOf(rejected);
  }

  /** An intervention the registry refuses, by code, with every reason. */
  public record Rejection(String code, List<FieldViolation> violations) {

    public Rejection {
      violations = List.copyOf(violations);
    }
  }

  /** What undoing an import did: facts removed or restored, interventions removed. */
  public record Undone(int factsRemoved, int factsRestored, int interventionsRemoved) {}
}
