package sn.convergence.system;

/** A write conflicts with existing data (duplicate key, stale version); rendered as 409. */
public class ConflictException extends RuntimeException {

  public ConflictException(String message) {
    super(message);
  }
}
