package sn.convergence.system;

import org.springframework.security.access.AccessDeniedException;

/**
 * Thrown by use cases when the current user may not do what they asked (another organisation's
 * record, a locked year, a coordinator's step). Rendered as 403: a problem+json with {@code code}
 * and the message for the API, the error page for browsers. {@code code} is stable (for example
 * {@code not_participating}, {@code year_locked}) and names a message key {@code denied.<code>}.
 */
public class PermissionDeniedException extends AccessDeniedException {

  private final String code;

  public PermissionDeniedException(String code, String message) {
    super(message);
    this.code = code;
  }

  public String code() {
    return code;
  }
}
