package sn.convergence.geography;

/** Receives the progress of a long import; called on the importing thread. */
@FunctionalInterface
public interface ImportProgress {

  /** The steps of a boundary import, in order. */
  enum Phase {
    READING,
    GEOMETRY,
    ADJACENCY,
    SAVING
  }

  ImportProgress NONE = (phase, done, total) -> {};

  /**
   * {@code done} items of {@code total} finished in the phase; {@code total} is -1 while unknown
   * (features are counted as they are read).
   */
  void update(Phase phase, int done, int total);
}
