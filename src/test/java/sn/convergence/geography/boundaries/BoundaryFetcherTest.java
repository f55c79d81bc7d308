package sn.convergence.geography.boundaries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sn.convergence.geography.BoundaryError;
import sn.convergence.geography.BoundaryImportException;
import sn.convergence.geography.BoundarySource;

class BoundaryFetcherTest {

  static final byte[] BODY =
      "{\"type\":\"FeatureCollection\",\"features\":[]}".getBytes(StandardCharsets.UTF_8);

  HttpServer server;
  String base;

  @BeforeEach
  void startServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/layer.geojson",
        exchange -> {
          exchange.sendResponseHeaders(200, BODY.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(BODY);
          }
        });
    server.createContext(
        "/chunked.geojson",
        exchange -> {
          exchange.sendResponseHeaders(200, 0);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(BODY);
          }
        });
    server.start();
    base = "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @AfterEach
  void stopServer() {
    server.stop(0);
  }

  private static BoundaryError errorOf(BoundaryFetcher fetcher, BoundarySource source) {
    try (InputStream in = fetcher.open(source)) {
      in.readAllBytes();
    } catch (BoundaryImportException e) {
      return e.error();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    throw new AssertionError("No error for " + source);
  }

  @Test
  void streamsAUrl() throws IOException {
    BoundaryFetcher fetcher = new BoundaryFetcher(1024, false);

    try (InputStream in = fetcher.open(BoundarySource.of(base + "/layer.geojson"))) {
      assertThat(in.readAllBytes()).isEqualTo(BODY);
    }
  }

  @Test
  void capsDownloadsWithOrWithoutContentLength() {
    BoundaryFetcher fetcher = new BoundaryFetcher(10, false);

    assertThat(errorOf(fetcher, BoundarySource.url(base + "/layer.geojson")))
        .isEqualTo(BoundaryError.TOO_LARGE);
    assertThat(errorOf(fetcher, BoundarySource.url(base + "/chunked.geojson")))
        .isEqualTo(BoundaryError.TOO_LARGE);
  }

  @Test
  void reportsHttpErrors() {
    assertThatThrownBy(
            () -> new BoundaryFetcher(1024, false).open(BoundarySource.url(base + "/missing")))
        .isInstanceOf(BoundaryImportException.class)
        .hasMessageContaining("HTTP status 404");
  }

  @Test
  void refusesLocalAddressesForApiCallersUnlessAllowed() throws IOException {
    BoundarySource local = BoundarySource.publicUrl(base + "/layer.geojson");

    assertThat(errorOf(new BoundaryFetcher(1024, false), local))
        .isEqualTo(BoundaryError.FORBIDDEN_URL);
    try (InputStream in = new BoundaryFetcher(1024, true).open(local)) {
      assertThat(in.readAllBytes()).isEqualTo(BODY);
    }
  }

  @Test
  void refusesOtherSchemes() {
    assertThat(errorOf(new BoundaryFetcher(1024, false), BoundarySource.url("file:///etc/passwd")))
        .isEqualTo(BoundaryError.UNSUPPORTED_URL);
  }

  @Test
  void readsFilesAndReportsMissingOnes(@TempDir Path dir) throws IOException {
    Path file = Files.write(dir.resolve("layer.geojson"), BODY);
    BoundaryFetcher fetcher = new BoundaryFetcher(1024, false);

    try (InputStream in = fetcher.open(BoundarySource.of(file.toString()))) {
      assertThat(in.readAllBytes()).isEqualTo(BODY);
    }
    assertThat(errorOf(fetcher, BoundarySource.of(dir.resolve("none.geojson").toString())))
        .isEqualTo(BoundaryError.FILE_NOT_FOUND);
    assertThat(errorOf(new BoundaryFetcher(10, false), BoundarySource.file(file)))
        .isEqualTo(BoundaryError.TOO_LARGE);
  }
}
