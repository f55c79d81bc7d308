package sn.convergence.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.stereotype.Controller;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Browsers get the French or English error page of the layout; API clients keep problem+json. Runs
 * on a real server because MockMvc does not forward errors to {@code /error}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(ErrorPagesIntegrationTest.Failing.class)
class ErrorPagesIntegrationTest {

  private static final String HTML = "text/html,application/xhtml+xml";
  private final HttpClient http = HttpClient.newHttpClient();

  @LocalServerPort int port;

  @Test
  void showsFrenchNotFoundPageToBrowsers() throws Exception {
    HttpResponse<String> page = send("GET", "/no-such-page", HTML);
    assertThat(page.statusCode()).isEqualTo(404);
    assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(this::isHtml);
    assertThat(page.body()).contains("Page introuvable.", "Retour à l’accueil", "lang=\"fr\"");
  }

  @Test
  void showsEnglishNotFoundPageWhenAsked() throws Exception {
    HttpResponse<String> page = send("GET", "/no-such-page?lang=en", HTML);
    assertThat(page.statusCode()).isEqualTo(404);
    assertThat(page.body()).contains("Page not found.", "Back to home");
  }

  @Test
  void showsForbiddenPageWhenAFormLacksItsCsrfToken() throws Exception {
    HttpResponse<String> page = send("POST", "/interventions", HTML);
    assertThat(page.statusCode()).isEqualTo(403);
    assertThat(page.body()).contains("Accès refusé.");
  }

  @Test
  void showsGenericPageOnServerError() throws Exception {
    HttpResponse<String> page = send("GET", "/test-failure/page", HTML);
    assertThat(page.statusCode()).isEqualTo(500);
    assertThat(page.body())
        .contains("Une erreur est survenue.")
        .doesNotContain("IllegalStateException", "secret detail");
  }

  @Test
  void keepsProblemJsonForUnknownApiRecords() throws Exception {
    HttpResponse<String> problem = send("GET", "/api/v1/admin-units/SN9999", "application/json");
    assertThat(problem.statusCode()).isEqualTo(404);
    assertThat(problem.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    assertThat(problem.body()).contains("\"status\":404").doesNotContain("<html");
  }

  @Test
  void keepsProblemJsonForUnknownApiPaths() throws Exception {
    HttpResponse<String> problem = send("GET", "/api/v1/no-such-resource", "application/json");
    assertThat(problem.statusCode()).isEqualTo(404);
    assertThat(problem.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
  }

  @Test
  void keepsProblemJsonForApiServerErrors() throws Exception {
    HttpResponse<String> problem = send("GET", "/test-failure/api", "application/json");
    assertThat(problem.statusCode()).isEqualTo(500);
    assertThat(problem.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    assertThat(problem.body()).doesNotContain("secret detail");
  }

  @Test
  void keepsFieldErrorsOfInvalidApiRequests() throws Exception {
    HttpResponse<String> problem = send("GET", "/test-failure/validated?name=", "application/json");
    assertThat(problem.statusCode()).isEqualTo(400);
    assertThat(problem.body()).contains("\"errors\":[{\"field\":\"name\"");
  }

  private void isHtml(String contentType) {
    assertThat(contentType).startsWith("text/html");
  }

  private HttpResponse<String> send(String method, String path, String accept)
      throws IOException, InterruptedException {
    return send(method, path, accept, null);
  }

  private HttpResponse<String> send(String method, String path, String accept, String auth)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .header("Accept", accept)
            .method(method, HttpRequest.BodyPublishers.noBody());
    if (auth != null) {
      request.header("Authorization", auth);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @TestConfiguration
  @Import({Failing.Page.class, Failing.Api.class})
  static class Failing {

    @Controller
    static class Page {
      @GetMapping("/test-failure/page")
      String fail() {
        throw new IllegalStateException("secret detail");
      }
    }

    @RestController
    static class Api {
      @GetMapping("/test-failure/api")
      String fail() {
        throw new IllegalStateException("secret detail");
      }

      @GetMapping("/test-failure/validated")
      String validated(@jakarta.validation.Valid Query query) {
        return query.name();
      }

      record Query(@jakarta.validation.constraints.NotBlank String name) {}
    }
  }
}
