package sn.convergence.system;

import java.util.List;

/**
 * Thrown by use cases when input breaks domain rules; rendered as 400 problem+json listing each
 * field.
 */
public class ValidationFailedException extends RuntimeException {

  private final transient List<FieldViolation> violations;

  public ValidationFailedException(List<FieldViolation> violations) {
    super("Invalid input: " + violations.size() + " field(s)");
    this.violations = List.copyOf(violations);
  }

  public List<FieldViolation> violations() {
    return violations;
  }
}
