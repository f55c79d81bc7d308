package sn.convergence.geography;

import java.text.MessageFormat;
import java.util.Arrays;

/**
 * A boundary file or URL that cannot be imported. Nothing has been written when it is thrown. The
 * message is English; callers that talk to people look up {@link BoundaryError#messageKey()} with
 * {@link #args()}.
 */
public class BoundaryImportException extends RuntimeException {

  private final BoundaryError error;
  private final transient Object[] args;

  /** Arguments should be strings, so that numbers are not reformatted with grouping. */
  public BoundaryImportException(BoundaryError error, Object... args) {
    super(new MessageFormat(error.english().replace("'", "''")).format(args));
    this.error = error;
    this.args = args.clone();
  }

  public BoundaryError error() {
    return error;
  }

  public Object[] args() {
    return Arrays.copyOf(args, args.length);
  }
}
