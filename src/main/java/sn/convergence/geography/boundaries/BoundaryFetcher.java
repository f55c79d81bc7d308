package sn.convergence.geography.boundaries;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import sn.convergence.geography.BoundaryError;
import sn.convergence.geography.BoundaryImportException;
import sn.convergence.geography.BoundarySource;

/**
 * Opens a boundary source as a stream capped at {@code convergence.boundaries.max-bytes} (200 MB by
 * default): files are read from disk, URLs are streamed over http(s), never held whole in memory.
 */
@Component
public class BoundaryFetcher {

  private final long maxBytes;
  private final boolean allowLocalUrls;
  private final HttpClient http =
      HttpClient.newBuilder()
          .followRedirects(HttpClient.Redirect.NORMAL)
          .connectTimeout(Duration.ofSeconds(20))
          .build();

  public BoundaryFetcher(
      @Value("${convergence.boundaries.max-bytes:209715200}") long maxBytes,
      @Value("${convergence.boundaries.allow-local-urls:false}") boolean allowLocalUrls) {
    this.maxBytes = maxBytes;
    this.allowLocalUrls = allowLocalUrls;
  }

  /** The content of the source; the caller closes it. Reading past the cap throws TOO_LARGE. */
  public InputStream open(BoundarySource source) {
    return switch (source.kind()) {
      case FILE -> file(Path.of(source.location()));
      case URL -> url(source.location());
      case PUBLIC_URL -> {
        requireFetchableByApi(source.location());
        yield url(source.location());
      }
      case UPLOAD -> upload(source);
    };
  }

  /**
   * Refuses URLs that API callers must not make the server fetch: other schemes, and hosts that
   * resolve to loopback, link-local (cloud metadata) or wildcard addresses, unless {@code
   * convergence.boundaries.allow-local-urls} is set.
   */
  void requireFetchableByApi(String url) {
    URI uri = uri(url);
    if (allowLocalUrls) {
      return;
    }
    try {
      for (InetAddress address : InetAddress.getAllByName(uri.getHost())) {
        if (address.isLoopbackAddress()
            || address.isLinkLocalAddress()
            || address.isAnyLocalAddress()
            || address.isMulticastAddress()) {
          throw new BoundaryImportException(BoundaryError.FORBIDDEN_URL, url);
        }
      }
    } catch (UnknownHostException e) {
      throw new BoundaryImportException(BoundaryError.UNREADABLE, url, "unknown host");
    }
  }

  private InputStream file(Path path) {
    if (!Files.isRegularFile(path)) {
      throw new BoundaryImportException(BoundaryError.FILE_NOT_FOUND, path.toString());
    }
    try {
      if (Files.size(path) > maxBytes) {
        throw LimitedInputStream.tooLarge(maxBytes);
      }
      return new LimitedInputStream(Files.newInputStream(path), maxBytes);
    } catch (IOException e) {
      throw new BoundaryImportException(BoundaryError.UNREADABLE, path.toString(), e.getMessage());
    }
  }

  private InputStream url(String url) {
    HttpRequest request =
        HttpRequest.newBuilder(uri(url))
            .timeout(Duration.ofMinutes(2))
            .header("Accept", "application/geo+json, application/json;q=0.9, */*;q=0.5")
            .GET()
            .build();
    try {
      HttpResponse<InputStream> response =
          http.send(request, HttpResponse.BodyHandlers.ofInputStream());
      if (response.statusCode() != 200) {
        response.body().close();
        throw new BoundaryImportException(
            BoundaryError.DOWNLOAD_FAILED, url, String.valueOf(response.statusCode()));
      }
      long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
      if (declared > maxBytes) {
        response.body().close();
        throw LimitedInputStream.tooLarge(maxBytes);
      }
      return new LimitedInputStream(response.body(), maxBytes);
    } catch (IOException e) {
      throw new BoundaryImportException(BoundaryError.UNREADABLE, url, String.valueOf(e));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new BoundaryImportException(BoundaryError.UNREADABLE, url, "interrupted");
    }
  }

  private InputStream upload(BoundarySource source) {
    try {
      return new LimitedInputStream(source.opener().open(), maxBytes);
    } catch (IOException e) {
      throw new BoundaryImportException(
          BoundaryError.UNREADABLE, source.location(), e.getMessage());
    }
  }

  private static URI uri(String url) {
    try {
      URI uri = URI.create(url.strip());
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
        throw new BoundaryImportException(BoundaryError.UNSUPPORTED_URL, url);
      }
      return uri;
    } catch (IllegalArgumentException e) {
      throw new BoundaryImportException(BoundaryError.UNSUPPORTED_URL, url);
    }
  }
}
