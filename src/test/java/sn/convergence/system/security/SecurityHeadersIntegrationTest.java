package sn.convergence.system.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import sn.convergence.support.PlatformTest;

/** Pages and API answers carry the browser protections the platform relies on. */
@PlatformTest
class SecurityHeadersIntegrationTest {

  @Autowired MockMvc mvc;

  @ParameterizedTest
  @ValueSource(strings = {"/login", "/api/v1/admin-units", "/no-such-page"})
  void sendsStrictContentSecurityPolicy(String path) throws Exception {
    String csp = response(path).getHeader("Content-Security-Policy");
    assertThat(csp)
        .isNotNull()
        .doesNotContain("unsafe-inline", "unsafe-eval")
        .contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'")
        .contains("script-src 'self'", "style-src 'self'");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/login", "/api/v1/admin-units"})
  void forbidsSniffingFramingAndCrossSiteReferrers(String path) throws Exception {
    MockHttpServletResponse response = response(path);
    assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(response.getHeader("X-Frame-Options")).isEqualTo("DENY");
    assertThat(response.getHeader("Referrer-Policy"))
        .isIn("no-referrer", "same-origin", "strict-origin", "strict-origin-when-cross-origin");
  }

  private MockHttpServletResponse response(String path) throws Exception {
    return mvc.perform(get(path)).andReturn().getResponse();
  }
}
