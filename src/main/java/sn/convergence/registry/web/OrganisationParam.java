package sn.convergence.registry.web;

import java.util.List;
import sn.convergence.actors.Organisation;
import sn.convergence.actors.OrganisationId;
import sn.convergence.actors.Organisations;
import sn.convergence.system.FieldViolation;
import sn.convergence.system.ValidationFailedException;

/** Reads an {@code organisation} query parameter given as an id or an acronym. */
final class OrganisationParam {

  private OrganisationParam() {}

  /** Null for a blank parameter; a 400 violation for an unknown acronym. */
  static OrganisationId parse(String text, Organisations organisations) {
    if (text == null || text.isBlank()) {
      return null;
    }
    if (text.strip().chars().allMatch(Character::isDigit)) {
      return OrganisationId.of(Long.parseLong(text.strip()));
    }
    return organisations
        .findByAcronym(text)
        .map(Organisation::id)
        .orElseThrow(
            () ->
                new ValidationFailedException(
                    List.of(
                        new FieldViolation(
                            "organisation", "unknown", "Unknown organisation: " + text))));
  }
}
