package sn.convergence.system.security;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Reads are public; every write needs an authenticated user with the right role. Pages use form
 * login with CSRF protection; the API accepts HTTP Basic and is exempt from CSRF only for requests
 * that carry an Authorization header (scripts, not browsers).
 */
@Configuration
@EnableMethodSecurity
class SecurityConfig {

  static final String CSP =
      "default-src 'self'; img-src 'self' data: blob:; style-src 'self'; script-src 'self';"
          + " font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; form-action 'self';"
          + " base-uri 'self'; object-src 'none'";

  /** Only with a web server: the command line ({@code cli} profile) runs without one. */
  @Bean
  @ConditionalOnWebApplication
  SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
    RequestMatcher scriptRequest = request -> request.getHeader("Authorization") != null;
    http.authorizeHttpRequests(
            auth ->
                auth.requestMatchers(HttpMethod.GET, "/**")
                    .permitAll()
                    .requestMatchers(HttpMethod.HEAD, "/**")
                    .permitAll()
                    .requestMatchers("/login", "/error")
                    .permitAll()
                    .anyRequest()
                    .authenticated())
        .formLogin(form -> form.loginPage("/login").permitAll())
        .logout(logout -> logout.logoutSuccessUrl("/"))
        .httpBasic(basic -> {})
        .csrf(csrf -> csrf.ignoringRequestMatchers(scriptRequest))
        .headers(
            headers ->
                headers
                    .contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
                    .referrerPolicy(
                        referrer ->
                            referrer.policy(
                                ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
    return http.build();
  }

  @Bean
  PasswordEncoder passwordEncoder() {
    return PasswordEncoderFactories.createDelegatingPasswordEncoder();
  }
}
