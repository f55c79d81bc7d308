package sn.convergence.maps.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.UUID;
import sn.convergence.support.BrowserSupport;

/**
 * Imports the department boundaries of {@code <convergence.shared-dir>/geo} into the running
 * application through {@code POST /api/v1/boundaries} (HTTP Basic as the demo administrator), since
 * CI starts the application without boundaries. Importing twice replaces the same shapes.
 */
final class BoundaryFixture {

  private BoundaryFixture() {}

  static void importDepartments() {
    Path file =
        Path.of(System.getProperty("convergence.shared-dir", "../shared"))
            .resolve("geo/sen_adm2_departements.geojson");
    try {
      String boundary = "----convergence" + UUID.randomUUID();
      byte[] head =
          ("--"
                  + boundary
                  + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                  + file.getFileName()
                  + "\"\r\nContent-Type: application/geo+json\r\n\r\n")
              .getBytes(StandardCharsets.UTF_8);
      byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
      HttpRequest request =
          HttpRequest.newBuilder(URI.create(BrowserSupport.url("/api/v1/boundaries")))
              .header("Content-Type", "multipart/form-data; boundary=" + boundary)
              .header(
                  "Authorization",
                  "Basic "
                      + Base64.getEncoder()
                          .encodeToString("demo-admin:demo-admin".getBytes(StandardCharsets.UTF_8)))
              .POST(
                  HttpRequest.BodyPublishers.concat(
                      HttpRequest.BodyPublishers.ofByteArray(head),
                      HttpRequest.BodyPublishers.ofFile(file),
                      HttpRequest.BodyPublishers.ofByteArray(tail)))
              .build();
      HttpResponse<String> response =
          HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IllegalStateException(
            "Boundary import failed: " + response.statusCode() + " " + response.body());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
