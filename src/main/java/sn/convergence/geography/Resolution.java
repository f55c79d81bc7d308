package sn.convergence.geography;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of resolving a name: ranked candidates (best first, scores in 0..1) and a verdict.
 * Only {@link Status#MATCHED} designates a unit; the other statuses carry suggestions.
 */
public record Resolution(String text, Status status, List<Candidate> candidates) {

  public enum Status {
    /** One unit clearly fits. */
    MATCHED,
    /** Several units fit equally well (for example "Dakar" region and department). */
    AMBIGUOUS,
    /** Only approximate matches: suggestions to confirm. */
    UNCERTAIN,
    /** Nothing close. */
    NOT_FOUND
  }

  /** One candidate unit; {@code matchedOn} says which name or code matched. */
  public record Candidate(AdminUnit unit, double score, String matchedOn, String matchKind) {}

  public Resolution {
    candidates = List.copyOf(candidates);
  }

  /** The matched unit, present only when the status is MATCHED. */
  public Optional<AdminUnit> match() {
    return status == Status.MATCHED ? Optional.of(candidates.get(0).unit()) : Optional.empty();
  }
}
