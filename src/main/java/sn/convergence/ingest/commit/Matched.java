package sn.convergence.ingest.commit;

import java.util.List;

/**
 * The outcome of matching a name from a file to a known record: {@code target} is the code or
 * acronym chosen (null when unknown), {@code guessed} says the match is approximate and worth a
 * look, {@code suggestions} lists candidates to confirm when nothing matched.
 */
public record Matched(String text, String target, boolean guessed, List<String> suggestions) {

  public Matched {
    suggestions = List.copyOf(suggestions);
  }

  static Matched exact(String text, String target) {
    return new Matched(text, target, false, List.of());
  }

  static Matched guess(String text, String target) {
    return new Matched(text, target, true, List.of());
  }

  static Matched unknown(String text, List<String> suggestions) {
    return new Matched(text, null, false, suggestions);
  }

  public boolean found() {
    return target != null;
  }
}
