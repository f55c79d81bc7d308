package sn.convergence.actors;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import sn.convergence.actors.internal.OrganisationRules;
import sn.convergence.actors.internal.OrganisationStore;
import sn.convergence.actors.internal.TextKeys;
import sn.convergence.system.ConflictException;
import sn.convergence.system.FieldViolation;
import sn.convergence.system.NotFoundException;
import sn.convergence.system.ValidationFailedException;
import sn.convergence.system.audit.AuditAction;
import sn.convergence.system.audit.AuditTrail;

/**
 * The actors module's entry point. Acronyms are unique ignoring case and accents; a duplicate
 * raises {@link ConflictException}. Invalid drafts raise {@link ValidationFailedException} listing
 * every field. Writes need the ADMIN, COORDINATOR or PARTNER role (delete: ADMIN or COORDINATOR).
 * Every change is recorded in the audit trail (entity {@code organisation}) with the record before
 * and after, in the same transaction.
 */
@Service
public class Organisations {

  static final String WRITERS = "hasAnyRole('ADMIN','COORDINATOR','PARTNER')";
  static final String ENTITY = "organisation";

  private final OrganisationStore store;
  private final List<OrganisationReferences> references;
  private final AuditTrail audit;
  private final Clock clock;

  Organisations(
      OrganisationStore store, List<OrganisationReferences> references, AuditTrail audit) {
    this.store = store;
    this.references = references;
    this.audit = audit;
    this.clock = Clock.systemUTC();
  }

  @Transactional
  @PreAuthorize(WRITERS)
  public Organisation create(OrganisationDraft draft) {
    check(draft, null);
    refuseDuplicate(draft.acronym(), null);
    OrganisationId id = store.insert(draft, Instant.now(clock));
    Organisation created = store.find(id).orElseThrow();
    audit.record(AuditAction.CREATE, ENTITY, id.value(), null, created);
    return created;
  }

  @Transactional
  @PreAuthorize(WRITERS)
  public Organisation update(OrganisationId id, OrganisationDraft draft) {
    Organisation before = require(id);
    check(draft, id);
    refuseDuplicate(draft.acronym(), id);
    store.update(id, draft, Instant.now(clock));
    Organisation after = store.find(id).orElseThrow();
    audit.record(AuditAction.UPDATE, ENTITY, id.value(), before, after);
    return after;
  }

  /** Removes an organisation that nothing refers to; otherwise {@link ConflictException}. */
  @Transactional
  @PreAuthorize("hasAnyRole('ADMIN','COORDINATOR')")
  public void delete(OrganisationId id) {
    Organisation organisation = require(id);
    if (store.countChildren(id) > 0) {
      throw new ConflictException(organisation.acronym() + " has member organisations");
    }
    for (OrganisationReferences reference : references) {
      long count = reference.countReferences(id);
      if (count > 0) {
        throw new ConflictException(
            organisation.acronym() + " is referenced by " + count + " " + reference.describe());
      }
    }
    store.delete(id);
    audit.record(AuditAction.DELETE, ENTITY, id.value(), organisation, null);
  }

  @Transactional(readOnly = true)
  public Optional<Organisation> find(OrganisationId id) {
    return store.find(id);
  }

  /** Case- and accent-insensitive ("pam", "PAM" and "Pâm" find the same organisation). */
  @Transactional(readOnly = true)
  public Optional<Organisation> findByAcronym(String acronym) {
    if (acronym == null || acronym.isBlank()) {
      return Optional.empty();
    }
    return store.findByAcronymKey(TextKeys.acronymKey(acronym));
  }

  /** The organisation whose full name matches ignoring case, accents and punctuation. */
  @Transactional(readOnly = true)
  public Optional<Organisation> findByName(String name) {
    String key = TextKeys.nameKey(name);
    if (key.isEmpty()) {
      return Optional.empty();
    }
    return store.findAll().stream().filter(o -> TextKeys.nameKey(o.name()).equals(key)).findFirst();
  }

  /** Organisations matching the query, ordered by acronym. */
  @Transactional(readOnly = true)
  public List<Organisation> list(OrganisationQuery query) {
    String text = TextKeys.nameKey(query.text());
    return store.findAll().stream()
        .filter(o -> query.type() == null || o.type() == query.type())
        .filter(
            o ->
                text.isEmpty()
                    || TextKeys.nameKey(o.acronym()).contains(text)
                    || TextKeys.nameKey(o.name()).contains(text))
        .toList();
  }

  /** Every organisation by id, for modules that label many records at once. */
  @Transactional(readOnly = true)
  public Map<OrganisationId, Organisation> byId() {
    return store.findAll().stream()
        .collect(Collectors.toUnmodifiableMap(Organisation::id, Function.identity()));
  }

  private Organisation require(OrganisationId id) {
    return store.find(id).orElseThrow(() -> new NotFoundException("Organisation", id));
  }

  private void check(OrganisationDraft draft, OrganisationId self) {
    List<FieldViolation> violations =
        OrganisationRules.check(
            draft,
            self,
            parent -> store.find(parent).isPresent(),
            org -> store.find(org).map(Organisation::parent).orElse(null));
    if (!violations.isEmpty()) {
      throw new ValidationFailedException(violations);
    }
  }

  private void refuseDuplicate(String acronym, OrganisationId self) {
    store
        .findByAcronymKey(TextKeys.acronymKey(acronym))
        .filter(existing -> !existing.id().equals(self))
        .ifPresent(
            existing -> {
              throw new ConflictException("Acronym already used: " + existing.acronym());
            });
  }
}
