package sn.convergence.convergence;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeSet;
import sn.convergence.geography.PCode;

/**
 * SHA-256 over a canonical text of the inputs and parameters. Order-free collections (units,
 * context values, coverage facts, adjacency edges) are sorted first, so listing the same data in
 * another order gives the same fingerprint; lists whose order matters to the result (indicators,
 * package components, synergy rules, precedence) are taken in their order; parameters enter as
 * their record text form. Input texts are length-prefixed, so no separator inside a value can make
 * two inputs collide.
 */
final class Fingerprint {

  /** Bumped whenever the methodology changes what a given input yields. */
  static final String ENGINE_VERSION = "convergence-engine/1";

  private final MessageDigest digest;

  private Fingerprint() {
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by the Java platform", e);
    }
  }

  static String of(ConvergenceInputs inputs, ConvergenceParameters parameters, String... extra) {
    Fingerprint fingerprint = new Fingerprint();
    fingerprint.text(ENGINE_VERSION).text(parameters.toString());
    inputs.units().stream()
        .sorted(java.util.Comparator.comparing(UnitInput::pcode))
        .forEach(fingerprint::unit);
    fingerprint.edges(inputs);
    for (String text : extra) {
      fingerprint.text(text);
    }
    return HexFormat.of().formatHex(fingerprint.digest.digest());
  }

  private void unit(UnitInput unit) {
    text("unit").text(unit.pcode().value()).text(unit.name()).text(unit.level().name());
    unit.context().stream()
        .sorted(java.util.Comparator.comparing(ContextFact::indicatorCode))
        .forEach(
            c ->
                text(c.indicatorCode())
                    .text(Double.toString(c.value()))
                    .text(c.year() + "")
                    .text(c.source()));
    List<String> facts = new ArrayList<>(unit.coverage().size());
    for (CoverageFact fact : unit.coverage()) {
      facts.add(canonical(fact));
    }
    facts.sort(null);
    text("facts " + facts.size());
    facts.forEach(this::text);
  }

  private static String canonical(CoverageFact f) {
    StringBuilder out = new StringBuilder(160);
    field(out, f.interventionCode());
    field(out, f.typeCode());
    field(out, f.familyCode());
    out.append(f.organisations().size()).append('[');
    f.organisations().forEach(o -> field(out, o));
    out.append(f.targetGroups().size()).append('[');
    f.targetGroups().forEach(g -> field(out, g));
    field(out, f.beneficiaryUnit());
    out.append(f.planned()).append(';').append(f.reached()).append(';').append(f.budgetXof());
    return out.toString();
  }

  private static void field(StringBuilder out, String text) {
    out.append(text.length()).append(':').append(text);
  }

  private void edges(ConvergenceInputs inputs) {
    TreeSet<String> edges = new TreeSet<>();
    inputs
        .adjacency()
        .forEach(
            (unit, neighbours) -> {
              for (PCode other : neighbours) {
                int order = unit.compareTo(other);
                if (order != 0) {
                  edges.add(order < 0 ? unit + "-" + other : other + "-" + unit);
                }
              }
            });
    text("edges " + edges.size());
    edges.forEach(this::text);
  }

  private Fingerprint text(String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    digest.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
    digest.update(bytes);
    return this;
  }
}
