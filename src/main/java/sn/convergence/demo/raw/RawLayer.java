package sn.convergence.demo.raw;

import java.util.List;
import java.util.Map;

/**
 * The demo's raw layer: partner files, the log of every injected problem, the truth of every data
 * row, the operation each activity label designates (what a user confirms once when matching names
 * to the registry), and the saved column profiles some files need (profile name -> header -> field
 * name of the import).
 */
public record RawLayer(
    long seed,
    List<PartnerFile> files,
    List<NoiseEntry> noise,
    List<RowTruth> truths,
    Map<String, String> operations,
    Map<String, Map<String, String>> profiles) {

  public RawLayer {
    files = List.copyOf(files);
    noise = List.copyOf(noise);
    truths = List.copyOf(truths);
    operations = Map.copyOf(operations);
    profiles = Map.copyOf(profiles);
  }

  /** The file of that name. */
  public PartnerFile file(String name) {
    return files.stream()
        .filter(f -> f.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("No file " + name));
  }
}
