package sn.convergence.ingest.export;

import java.util.Map;
import sn.convergence.geography.AdminLevel;
import sn.convergence.geography.AdminUnit;
import sn.convergence.geography.PCode;

/**
 * Where a unit sits in the country / region / department columns of an export: its ancestors at
 * those levels, itself included (a department gives its region and itself, a region leaves the
 * department blank, the country both). A unit below the department gives its department. A P-code
 * the geography does not know is kept as a code at the level its length suggests.
 */
record UnitPlacement(
    String country,
    PCode regionCode,
    String regionName,
    PCode departmentCode,
    String departmentName) {

  static UnitPlacement of(PCode pcode, Map<PCode, AdminUnit> units) {
    AdminUnit unit = units.get(pcode);
    if (unit == null) {
      boolean department = pcode.value().length() > 4;
      return new UnitPlacement(
          pcode.countryCode(), department ? null : pcode, null, department ? pcode : null, null);
    }
    String country = pcode.countryCode();
    AdminUnit region = null;
    AdminUnit department = null;
    for (String step : unit.path().split("/")) {
      AdminUnit ancestor = units.get(PCode.of(step));
      if (ancestor == null) {
        continue;
      }
      if (ancestor.level() == AdminLevel.COUNTRY) {
        country = ancestor.pcode().value();
      } else if (ancestor.level() == AdminLevel.REGION) {
        region = ancestor;
      } else if (ancestor.level() == AdminLevel.DEPARTMENT) {
        department = ancestor;
      }
    }
    return new UnitPlacement(
        country,
        region == null ? null : region.pcode(),
        region == null ? null : region.name(),
        department == null ? null : department.pcode(),
        department == null ? null : department.name());
  }

  String regionPcode() {
    return regionCode == null ? null : regionCode.value();
  }

  String departmentPcode() {
    return departmentCode == null ? null : departmentCode.value();
  }
}
