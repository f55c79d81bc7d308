package sn.convergence.demo;

import java.time.LocalDate;

/**
 * A department the generator may place facts in. {@code validFrom} is null for departments that
 * existed throughout 2013-2025; a department valid from year Y receives facts from year Y on.
 */
public record DemoDepartment(
    String pcode, String name, String regionPcode, String regionName, LocalDate validFrom) {

  /** True when the department receives facts for that calendar year. */
  public boolean activeIn(int year) {
    return validFrom == null || validFrom.getYear() <= year;
  }
}
