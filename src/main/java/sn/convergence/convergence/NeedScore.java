package sn.convergence.convergence;

import java.util.List;

/** A need index (0-1) and its parts; {@code value} is the sum of the parts' contributions. */
public record NeedScore(double value, List<NeedPart> parts) {

  public NeedScore {
    parts = List.copyOf(parts);
  }
}
