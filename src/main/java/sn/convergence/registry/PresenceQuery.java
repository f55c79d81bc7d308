package sn.convergence.registry;

import java.time.LocalDate;
import sn.convergence.actors.OrganisationId;
import sn.convergence.geography.AdminLevel;

/**
 * What the presence aggregate covers: the level to report at, the dates (both null: every period)
 * and optional intervention filters (null: no filter). Only VALIDATED interventions count unless
 * {@code includeDrafts} is true and the caller is a coordinator or administrator (it is ignored for
 * anyone else).
 */
public record PresenceQuery(
    AdminLevel level,
    LocalDate from,
    LocalDate to,
    String family,
    String type,
    OrganisationId organisation,
    String targetGroup,
    InterventionStatus status,
    boolean includeDrafts) {

  /** A query of validated interventions only. */
  public PresenceQuery(
      AdminLevel level,
      LocalDate from,
      LocalDate to,
      String family,
      String type,
      OrganisationId organisation,
      String targetGroup,
      InterventionStatus status) {
    this(level, from, to, family, type, organisation, targetGroup, status, false);
  }

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
