package sn.convergence.geography;

import java.time.LocalDate;

/**
 * An administrative unit. {@code path} lists the P-codes from the country down to this unit,
 * separated by {@code /}; {@code validFrom}/{@code validTo} are inclusive and null when open.
 * {@code centroid} and {@code areaKm2} may be null where no reference value or boundary exists.
 */
public record AdminUnit(
    PCode pcode,
    AdminLevel level,
    String name,
    PCode parent,
    String path,
    LocalDate validFrom,
    LocalDate validTo,
    GeoPoint centroid,
    Double areaKm2) {

  /** True when the unit exists on that date; a null date means today. */
  public boolean isValidOn(LocalDate date) {
    LocalDate on = date == null ? LocalDate.now() : date;
    return (validFrom == null || !on.isBefore(validFrom))
        && (validTo == null || !on.isAfter(validTo));
  }

  /** True when this unit is the given unit or lies inside it. */
  public boolean isWithin(PCode ancestor) {
    return ("/" + path + "/").contains("/" + ancestor.value() + "/");
  }
}
