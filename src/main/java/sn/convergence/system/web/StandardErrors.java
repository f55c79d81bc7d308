package sn.convergence.system.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Spring MVC's own errors (unknown path, wrong method, missing parameter...): problem+json for the
 * API and for non-browser clients, the error page ({@code templates/error.html}) for browsers.
 * Replaces Spring Boot's problem-details handler, which answers browsers with JSON too.
 */
@ControllerAdvice
class StandardErrors extends ResponseEntityExceptionHandler {

  @Override
  protected ResponseEntity<Object> handleExceptionInternal(
      Exception ex, Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    HttpServletResponse response =
        request instanceof NativeWebRequest web
            ? web.getNativeResponse(HttpServletResponse.class)
            : null;
    if (response != null && isBrowserPage(request) && !response.isCommitted()) {
      try {
        headers.forEach((name, values) -> values.forEach(v -> response.addHeader(name, v)));
        response.sendError(status.value());
        return null;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return super.handleExceptionInternal(ex, body, headers, status, request);
  }

  /** A page outside {@code /api/} requested by a client that accepts HTML. */
  static boolean isBrowserPage(WebRequest request) {
    String path =
        request instanceof NativeWebRequest web
                && web.getNativeRequest() instanceof jakarta.servlet.http.HttpServletRequest http
            ? http.getRequestURI().substring(http.getContextPath().length())
            : "";
    String accept = request.getHeader(HttpHeaders.ACCEPT);
    return !path.startsWith("/api/")
        && accept != null
        && MediaType.parseMediaTypes(accept).stream()
            .anyMatch(t -> t.isCompatibleWith(MediaType.TEXT_HTML) && !t.isWildcardType());
  }
}
