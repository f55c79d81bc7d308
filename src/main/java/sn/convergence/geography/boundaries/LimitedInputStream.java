package sn.convergence.geography.boundaries;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import sn.convergence.geography.BoundaryError;
import sn.convergence.geography.BoundaryImportException;

/** Passes bytes through until a limit, then fails with {@link BoundaryError#TOO_LARGE}. */
final class LimitedInputStream extends FilterInputStream {

  private final long limit;
  private long count;

  LimitedInputStream(InputStream in, long limit) {
    super(in);
    this.limit = limit;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      count(1);
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int n = super.read(buffer, offset, length);
    if (n > 0) {
      count(n);
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    long skipped = super.skip(n);
    count(skipped);
    return skipped;
  }

  private void count(long n) {
    count += n;
    if (count > limit) {
      throw tooLarge(limit);
    }
  }

  static BoundaryImportException tooLarge(long limit) {
    return new BoundaryImportException(
        BoundaryError.TOO_LARGE, String.valueOf(limit / (1024 * 1024)));
  }
}
