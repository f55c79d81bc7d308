package sn.convergence.geography;

import java.time.LocalDate;

/** Another name or code for a unit, valid between two inclusive dates (null when open). */
public record AdminUnitAlias(
    PCode pcode, String alias, AliasKind kind, LocalDate validFrom, LocalDate validTo) {

  public boolean isValidOn(LocalDate date) {
    LocalDate on = date == null ? LocalDate.now() : date;
    return (validFrom == null || !on.isBefore(validFrom))
        && (validTo == null || !on.isAfter(validTo));
  }
}
