package sn.convergence.registry;

import sn.convergence.actors.OrganisationId;
import sn.convergence.geography.PCode;

/**
 * Filters for listing interventions; null fields do not filter. {@code text} matches code or title
 * (case-insensitive). {@code pcode} and {@code year} keep interventions with at least one coverage
 * row in that unit or a unit inside it, and whose period overlaps that calendar year.
 */
public record InterventionQuery(
    String text,
    String family,
    String type,
    OrganisationId organisation,
    String targetGroup,
    InterventionStatus status,
    PCode pcode,
    Integer year) {

  public static InterventionQuery all() {
    return new InterventionQuery(null, null, null, null, null, null, null, null);
  }
}
