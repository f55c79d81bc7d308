package sn.convergence.geography;

import java.time.LocalDate;

/**
 * A name to resolve. Only {@code text} is required. {@code scheme} names the code list the text
 * comes from when it is a bare code: {@code ANSD} for ANSD region numbers; P-codes and ISO codes
 * are recognised without it.
 */
public record ResolveQuery(
    String text, AdminLevel level, PCode parent, LocalDate validOn, String scheme) {

  public static ResolveQuery of(String text) {
    return new ResolveQuery(text, null, null, null, null);
  }

  public ResolveQuery atLevel(AdminLevel newLevel) {
    return new ResolveQuery(text, newLevel, parent, validOn, scheme);
  }

  public ResolveQuery on(LocalDate date) {
    return new ResolveQuery(text, level, parent, date, scheme);
  }

  public ResolveQuery within(PCode newParent) {
    return new ResolveQuery(text, level, newParent, validOn, scheme);
  }
}
