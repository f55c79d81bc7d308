package sn.convergence.geography;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Where a boundary file comes from: a local path, an http(s) URL, or an uploaded stream. {@code
 * location} is what the report and the stored boundaries name as their source.
 */
public record BoundarySource(Kind kind, String location, StreamOpener opener) {

  /** {@code PUBLIC_URL}: a URL given by an API caller, fetched only from public addresses. */
  public enum Kind {
    FILE,
    URL,
    PUBLIC_URL,
    UPLOAD
  }

  /** Opens the content of an upload; the caller closes the stream. */
  @FunctionalInterface
  public interface StreamOpener {
    InputStream open() throws IOException;
  }

  /** A URL when the text starts with {@code http://} or {@code https://}, else a file path. */
  public static BoundarySource of(String fileOrUrl) {
    String lower = fileOrUrl.strip().toLowerCase(Locale.ROOT);
    if (lower.startsWith("http://") || lower.startsWith("https://")) {
      return url(fileOrUrl.strip());
    }
    return file(Path.of(fileOrUrl.strip()));
  }

  public static BoundarySource file(Path path) {
    return new BoundarySource(Kind.FILE, path.toString(), null);
  }

  public static BoundarySource url(String url) {
    return new BoundarySource(Kind.URL, url, null);
  }

  /** A URL given through the API: loopback and link-local hosts are refused. */
  public static BoundarySource publicUrl(String url) {
    return new BoundarySource(Kind.PUBLIC_URL, url, null);
  }

  public static BoundarySource upload(String fileName, StreamOpener opener) {
    return new BoundarySource(Kind.UPLOAD, fileName == null ? "upload" : fileName, opener);
  }
}
