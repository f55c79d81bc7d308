package sn.convergence.demo;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * The clean truth layer of the demo, generated from {@code seed} over {@code departments}. All
 * lists are in a stable order, so two datasets of the same seed and departments have the same
 * {@link #digest()}.
 */
public record DemoDataset(
    long seed,
    List<DemoDepartment> departments,
    List<DemoOrganisation> organisations,
    List<DemoIntervention> interventions,
    List<DemoCoverage> coverage,
    List<DemoContextValue> context,
    List<DemoStory> stories) {

  public DemoDataset {
    departments = List.copyOf(departments);
    organisations = List.copyOf(organisations);
    interventions = List.copyOf(interventions);
    coverage = List.copyOf(coverage);
    context = List.copyOf(context);
    stories = List.copyOf(stories);
  }

  /** SHA-256 (hex) of the canonical text of every record, in order. */
  public String digest() {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      Stream.of(departments, organisations, interventions, coverage, context, stories)
          .flatMap(List::stream)
          .forEach(r -> sha.update((r + "\n").getBytes(StandardCharsets.UTF_8)));
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is always available", e);
    }
  }

  /** The story with that id. */
  public DemoStory story(int id) {
    return stories.stream()
        .filter(s -> s.id() == id)
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("No story " + id));
  }
}
