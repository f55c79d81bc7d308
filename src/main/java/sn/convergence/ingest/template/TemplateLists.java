package sn.convergence.ingest.template;

import java.util.List;

/**
 * The code lists the import template offers in its drop-downs, each entry a code and its French
 * label: intervention types, target groups, beneficiary units, statuses, and the regions and
 * departments (P-code and name) valid today.
 */
public record TemplateLists(
    List<Entry> types,
    List<Entry> targetGroups,
    List<Entry> units,
    List<Entry> statuses,
    List<Entry> regions,
    List<Entry> departments) {

  /** One code with its label; for a department, {@code parent} is its region's P-code. */
  public record Entry(String code, String label, String parent) {

    public static Entry of(String code, String label) {
      return new Entry(code, label, null);
    }
  }

  public TemplateLists {
    types = List.copyOf(types);
    targetGroups = List.copyOf(targetGroups);
    units = List.copyOf(units);
    statuses = List.copyOf(statuses);
    regions = List.copyOf(regions);
    departments = List.copyOf(departments);
  }
}
