package sn.convergence.system.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.util.matcher.RequestMatcher;
import sn.convergence.system.audit.AuditTrail;

/**
 * Reads are public; every write needs an authenticated user with the right role. Pages use form
 * login with CSRF protection; scripts use personal access tokens ({@code Authorization: Bearer}) or
 * HTTP Basic (which {@code convergence.security.basic-auth=false} switches off), and only requests
 * carrying an Authorization header are exempt from CSRF.
 */
@Configuration
@EnableMethodSecurity
class SecurityConfig {

  static final String CSP =
      "default-src 'self'; img-src 'self' data: blob:; style-src 'self'; script-src 'self';"
          + " font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; form-action 'self';"
          + " base-uri 'self'; object-src 'none'";

  /**
   * GET endpoints that are not public: personal data, the audit trail, account administration and
   * the review queue, import batches (their handlers also check the role). The import template is
   * public.
   */
  static final String[] PRIVATE_READS = {
    "/api/v1/tokens/**",
    "/api/v1/audit/**",
    "/api/v1/review-queue/**",
    "/account/**",
    "/admin/**",
    "/audit/**",
    "/review/**",
    "/imports",
    "/imports/**",
    "/api/v1/imports",
    "/api/v1/imports/{id:[0-9]+}",
    "/api/v1/imports/{id:[0-9]+}/**",
    "/api/v1/import-profiles",
    "/api/v1/import-profiles/**"
  };

  /** Only for the web server: command-line runs have no HTTP layer to protect. */
  @Bean
  @ConditionalOnWebApplication
  SecurityFilterChain securityFilterChain(
      HttpSecurity http,
      ApiTokens tokens,
      UserDetailsService users,
      AuditTrail audit,
      @Value("${convergence.security.basic-auth:true}") boolean basicAuth)
      throws Exception {
    RequestMatcher scriptRequest = request -> request.getHeader("Authorization") != null;
    http.authorizeHttpRequests(
            auth ->
                auth.requestMatchers(PRIVATE_READS)
                    .authenticated()
                    .requestMatchers(HttpMethod.GET, "/**")
                    .permitAll()
                    .requestMatchers(HttpMethod.HEAD, "/**")
                    .permitAll()
                    .requestMatchers("/login", "/error")
                    .permitAll()
                    .anyRequest()
                    .authenticated())
        .formLogin(form -> form.loginPage("/login").permitAll())
        .logout(logout -> logout.logoutSuccessUrl("/"))
        .addFilterBefore(
            new BearerTokenFilter(tokens, users, audit), BasicAuthenticationFilter.class)
        .csrf(csrf -> csrf.ignoringRequestMatchers(scriptRequest))
        .headers(
            headers ->
                headers
                    .contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
                    .referrerPolicy(
                        referrer ->
                            referrer.policy(
                                ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
    if (basicAuth) {
      http.httpBasic(basic -> {});
    }
    return http.build();
  }

  /**
   * Publishes the refusals of method security and of the URL rules as {@code
   * AuthorizationDeniedEvent}s (granted decisions are not published), for {@link AccessRefusals}.
   */
  @Bean
  AuthorizationEventPublisher authorizationEventPublisher(ApplicationEventPublisher events) {
    return new SpringAuthorizationEventPublisher(events);
  }

  @Bean
  PasswordEncoder passwordEncoder() {
    return PasswordEncoderFactories.createDelegatingPasswordEncoder();
  }
}
