package sn.convergence.ingest.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import sn.convergence.ingest.export.ExportFormat;

/** Writes a file download straight to the response: content type, file name, then the body. */
final class Downloads {

  static final MediaType XLSX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
  static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");

  private Downloads() {}

  static MediaType mediaType(ExportFormat format) {
    return switch (format) {
      case CSV -> CSV;
      case XLSX -> XLSX;
      case GEOJSON -> GEO_JSON;
    };
  }

  /**
   * Sets the headers, then streams the body; {@code privateData} forbids shared caches (the content
   * depends on who asks).
   */
  static void send(
      HttpServletResponse response,
      ExportFormat format,
      String fileName,
      boolean privateData,
      Consumer<OutputStream> body) {
    response.setContentType(mediaType(format).toString());
    response.setHeader(
        HttpHeaders.CONTENT_DISPOSITION,
        ContentDisposition.attachment()
            .filename(fileName, StandardCharsets.UTF_8)
            .build()
            .toString());
    response.setHeader(HttpHeaders.CACHE_CONTROL, privateData ? "private, no-store" : "no-cache");
    try {
      OutputStream out = response.getOutputStream();
      body.accept(out);
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
