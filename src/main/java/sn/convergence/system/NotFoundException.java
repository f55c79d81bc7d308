package sn.convergence.system;

/** A requested record does not exist; rendered as 404. */
public class NotFoundException extends RuntimeException {

  public NotFoundException(String what, Object id) {
    super(what + " " + id + " not found");
  }
}
