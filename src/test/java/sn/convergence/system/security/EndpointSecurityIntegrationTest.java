package sn.convergence.system.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;
import sn.convergence.support.PlatformTest;

/**
 * Walks every endpoint the application registers. Anything that is not a read must refuse anonymous
 * callers; reads are public unless listed in {@link SecurityConfig#PRIVATE_READS} (which must then
 * refuse anonymous callers), and each public read must be covered by {@link #PUBLIC_GET}, so that
 * publishing a new page or API is a visible decision in review.
 */
@PlatformTest
class EndpointSecurityIntegrationTest {

  /** Public reads. GETs under /api/v1/** are public in this first issue. */
  static final List<String> PUBLIC_GET =
      List.of(
          "/",
          "/login",
          "/api/v1/**",
          "/api/v1/imports/template.xlsx",
          "/api/v1/imports/template.csv",
          "/api/v1/exports/**",
          "/interventions/**",
          "/organisations/**",
          "/units/**",
          "/map/**",
          "/dashboard/**",
          "/convergence",
          "/convergence/analyses",
          "/convergence/zones/*",
          "/api/v1/convergence/zones.geojson",
          "/v3/api-docs/**",
          "/v3/api-docs*",
          "/api-docs/**",
          "/swagger-ui/**",
          "/actuator",
          "/actuator/health/**",
          "/actuator/info");

  /** The servlet container's error dispatch target; it only renders the current request's error. */
  static final String ERROR_DISPATCH = "/error";

  private static final Set<RequestMethod> READS =
      Set.of(RequestMethod.GET, RequestMethod.HEAD, RequestMethod.OPTIONS, RequestMethod.TRACE);
  private static final AntPathMatcher ANT = new AntPathMatcher();

  @Autowired MockMvc mvc;
  @Autowired Map<String, RequestMappingInfoHandlerMapping> mappings;

  @Test
  void refusesEveryWriteToAnonymousCallers() throws Exception {
    List<String> open = new ArrayList<>();
    for (Endpoint endpoint : endpoints()) {
      if (READS.contains(endpoint.method()) || endpoint.pattern().equals(ERROR_DISPATCH)) {
        continue;
      }
      MockHttpServletResponse response =
          mvc.perform(
                  request(HttpMethod.valueOf(endpoint.method().name()), sample(endpoint.pattern()))
                      .with(csrf()))
              .andReturn()
              .getResponse();
      if (!isRefusal(response)) {
        open.add(endpoint + " -> " + response.getStatus());
      }
    }
    assertThat(open).as("writes reachable without logging in").isEmpty();
  }

  @Test
  void refusesAnonymousWritesEvenWhereOnlyReadsAreMapped() throws Exception {
    MockHttpServletResponse response =
        mvc.perform(request(HttpMethod.POST, "/api/v1/admin-units").with(csrf()))
            .andReturn()
            .getResponse();
    assertThat(isRefusal(response)).as("status " + response.getStatus()).isTrue();
  }

  @Test
  void publishesOnlyTheListedReads() {
    Set<String> unlisted = new TreeSet<>();
    for (Endpoint endpoint : endpoints()) {
      boolean read = endpoint.method() == RequestMethod.GET;
      if (read
          && !endpoint.pattern().equals(ERROR_DISPATCH)
          && !isPrivate(endpoint.pattern())
          && !isListed(endpoint.pattern())) {
        unlisted.add(endpoint.pattern());
      }
    }
    assertThat(unlisted).as("public GET endpoints missing from PUBLIC_GET").isEmpty();
  }

  @Test
  void refusesPrivateReadsToAnonymousCallers() throws Exception {
    List<String> open = new ArrayList<>();
    int checked = 0;
    for (Endpoint endpoint : endpoints()) {
      if (endpoint.method() == RequestMethod.GET && isPrivate(endpoint.pattern())) {
        checked++;
        MockHttpServletResponse response =
            mvc.perform(request(HttpMethod.GET, sample(endpoint.pattern())))
                .andReturn()
                .getResponse();
        if (!isRefusal(response)) {
          open.add(endpoint + " -> " + response.getStatus());
        }
      }
    }
    assertThat(checked).as("private reads found").isGreaterThanOrEqualTo(6);
    assertThat(open).as("private reads reachable without logging in").isEmpty();
  }

  @Test
  void findsTheApplicationsOwnEndpoints() {
    assertThat(endpoints())
        .extracting(Endpoint::pattern)
        .contains("/login", "/api/v1/admin-units", "/actuator/health");
  }

  private record Endpoint(RequestMethod method, String pattern) {
    @Override
    public String toString() {
      return method + " " + pattern;
    }
  }

  private List<Endpoint> endpoints() {
    List<Endpoint> endpoints = new ArrayList<>();
    for (RequestMappingInfoHandlerMapping mapping : mappings.values()) {
      for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
        Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
        Set<RequestMethod> effective = methods.isEmpty() ? Set.of(RequestMethod.values()) : methods;
        for (String pattern : info.getPatternValues()) {
          effective.forEach(m -> endpoints.add(new Endpoint(m, pattern)));
        }
      }
    }
    return endpoints;
  }

  private static boolean isPrivate(String pattern) {
    return List.of(SecurityConfig.PRIVATE_READS).stream()
        .anyMatch(hidden -> ANT.match(hidden, pattern));
  }

  private static boolean isListed(String pattern) {
    return PUBLIC_GET.stream().anyMatch(allowed -> ANT.match(allowed, pattern));
  }

  /** A concrete path for a pattern: every variable or wildcard becomes {@code x}. */
  static String sample(String pattern) {
    return pattern.replaceAll("\\{[^}]*}", "x").replace("**", "x").replace("*", "x");
  }

  private static boolean isRefusal(MockHttpServletResponse response) {
    int status = response.getStatus();
    String location = response.getHeader("Location");
    return status == 401
        || status == 403
        || (status == 302 && location != null && location.endsWith("/login"));
  }
}
