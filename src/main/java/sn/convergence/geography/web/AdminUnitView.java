package sn.convergence.geography.web;

import java.time.LocalDate;
import java.util.List;
import sn.convergence.geography.AdminUnit;
import sn.convergence.geography.GeoPoint;

/** API shape of an admin unit. {@code adjacent} is only filled on the single-unit endpoint. */
record AdminUnitView(
    String pcode,
    String level,
    String name,
    String parent,
    String path,
    LocalDate validFrom,
    LocalDate validTo,
    GeoPoint centroid,
    Double areaKm2,
    List<String> adjacent) {

  static AdminUnitView of(AdminUnit unit, List<String> adjacent) {
    return new AdminUnitView(
        unit.pcode().value(),
        unit.level().name(),
        unit.name(),
        unit.parent() == null ? null : unit.parent().value(),
        unit.path(),
        unit.validFrom(),
        unit.validTo(),
        unit.centroid(),
        unit.areaKm2(),
        adjacent);
  }
}
