package sn.convergence.registry;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import sn.convergence.actors.OrganisationDraft;
import sn.convergence.actors.OrganisationId;
import sn.convergence.actors.OrganisationType;
import sn.convergence.actors.Organisations;
import sn.convergence.system.Role;
import sn.convergence.system.UserAccounts;

/**
 * Organisations, accounts and interventions for the review and permission tests, created through
 * the use cases as a named user. Codes are unique per call, so tests sharing the context's database
 * do not see each other's records.
 */
final class ReviewFixture {

  static final String PASSWORD = "a-long-enough-password";
  private static final AtomicInteger SEQUENCE = new AtomicInteger();

  private final Organisations organisations;
  private final Interventions interventions;
  private final UserAccounts accounts;
  private final InterventionReviews reviews;

  ReviewFixture(
      Organisations organisations,
      Interventions interventions,
      UserAccounts accounts,
      InterventionReviews reviews) {
    this.organisations = organisations;
    this.interventions = interventions;
    this.accounts = accounts;
    this.reviews = reviews;
  }

  /** Runs the work as {@code username} with one role, then restores the previous context. */
  static <T> T as(String username, Role role, Supplier<T> work) {
    SecurityContext previous = SecurityContextHolder.getContext();
    SecurityContext context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(
        UsernamePasswordAuthenticationToken.authenticated(
            username, null, List.of(new SimpleGrantedAuthority("ROLE_" + role.name()))));
    SecurityContextHolder.setContext(context);
    try {
      return work.get();
    } finally {
      SecurityContextHolder.setContext(previous);
    }
  }

  OrganisationId organisation(String acronym) {
    return organisations
        .findByAcronym(acronym)
        .orElseGet(
            () ->
                as(
                    "fixture",
                    Role.ADMIN,
                    () ->
                        organisations.create(
                            OrganisationDraft.of(
                                acronym, acronym + " (test)", OrganisationType.NATIONAL_NGO))))
        .id();
  }

  /** The account, created when missing; partners are bound to {@code organisation}. */
  void account(String username, Role role, OrganisationId organisation) {
    if (accounts.find(username).isEmpty()) {
      accounts.create(
          username, PASSWORD, role, organisation == null ? null : organisation.value(), false);
    }
  }

  static String nextCode(String prefix) {
    return prefix + "-" + SEQUENCE.incrementAndGet();
  }

  /** A valid draft with the organisations as implementers and one row per (pcode, year). */
  static InterventionDraft draft(String code, List<OrganisationId> participants, String... rows) {
    List<CoverageDraft> coverage =
        java.util.stream.Stream.of(rows)
            .map(
                r -> {
                  String[] parts = r.split("@");
                  return new CoverageDraft(
                      parts[0], parts[1], null, null, 100L, 80L, "HOUSEHOLDS", 1_000_000L, null);
                })
            .toList();
    return new InterventionDraft(
        code,
        "Test " + code,
        null,
        List.of("FAMILY_GRANT"),
        "CASH",
        null,
        null,
        List.of(),
        null,
        null,
        "ONGOING",
        null,
        null,
        participants.stream()
            .map(o -> ParticipantDraft.of(o, ParticipantRole.IMPLEMENTER))
            .toList(),
        coverage,
        "test",
        false);
  }

  /** Submits the intervention as {@code username} with {@code role}. */
  Intervention submit(String username, Role role, Intervention intervention) {
    return as(username, role, () -> reviews.submit(intervention.id()));
  }

  /** Creates the intervention as {@code username} with {@code role}. */
  Intervention create(String username, Role role, InterventionDraft draft) {
    return as(username, role, () -> interventions.create(draft));
  }
}
