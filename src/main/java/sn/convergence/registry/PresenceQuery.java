package sn.convergence.registry;

import java.time.LocalDate;
import sn.convergence.actors.OrganisationId;
import sn.convergence.geography.AdminLevel;

/**
 * What the presence aggregate covers: the level to report at, the dates (both null: every period)
 * and optional intervention filters (null: no filter).
 */
public record PresenceQuery(
    AdminLevel level,
    LocalDate from,
    LocalDate to,
    String family,
    String type,
    OrganisationId organisation,
    String targetGroup,
    InterventionStatus status) {

  public PresenceQuery {
    if (level == null || level == AdminLevel.COUNTRY) {
      throw new IllegalArgumentException("Presence is reported at a sub-national level");
    }
    if ((from == null) != (to == null) || (from != null && to.isBefore(from))) {
      throw new IllegalArgumentException("Give both from and to, with from <= to");
    }
  }

  /** Every intervention at the level during one calendar year. */
  public static PresenceQuery ofYear(AdminLevel level, int year) {
    return new PresenceQuery(
        level, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), null, null, null, null, null);
  }
}
