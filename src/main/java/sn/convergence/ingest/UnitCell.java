package sn.convergence.ingest;

import java.util.List;
import sn.convergence.geography.PCode;

/**
 * What an administrative-unit cell designates. {@code pcodes} holds one code for a match, several
 * for a multi-unit aggregate ("Matam/Podor", never given to the first unit), none otherwise. {@code
 * suggestions} lists candidate units ("Kédougou (SN06)") when the name is ambiguous or uncertain;
 * {@code country} names the other country when the unit is outside this one.
 */
public record UnitCell(
    String raw, Status status, List<PCode> pcodes, List<String> suggestions, String country) {

  /** The outcome of reading a unit cell. */
  public enum Status {
    BLANK,
    MATCHED,
    MULTIPLE,
    AMBIGUOUS,
    UNCERTAIN,
    UNKNOWN,
    OUTSIDE_COUNTRY
  }

  public UnitCell {
    pcodes = List.copyOf(pcodes);
    suggestions = List.copyOf(suggestions);
  }

  public static UnitCell blank() {
    return new UnitCell("", Status.BLANK, List.of(), List.of(), null);
  }

  public static UnitCell matched(String raw, PCode pcode) {
    return new UnitCell(raw, Status.MATCHED, List.of(pcode), List.of(), null);
  }

  public static UnitCell outside(String raw, String country) {
    return new UnitCell(raw, Status.OUTSIDE_COUNTRY, List.of(), List.of(), country);
  }

  /** True when the cell designates one or several known units. */
  public boolean isResolved() {
    return status == Status.MATCHED || status == Status.MULTIPLE;
  }
}
