package sn.convergence.convergence;

import java.util.Objects;

/**
 * How to perturb the need weights: {@code MULTIPLICATIVE} multiplies each weight by 1 + U(-a, a)
 * and renormalises ({@code amplitude} = a, 0-1); {@code DIRICHLET} draws weights from a Dirichlet
 * distribution centred on the base weights ({@code amplitude} = concentration, larger = closer).
 */
public record SensitivitySettings(int draws, long seed, Noise noise, double amplitude) {

  public enum Noise {
    MULTIPLICATIVE,
    DIRICHLET
  }

  public SensitivitySettings {
    Objects.requireNonNull(noise, "noise");
    if (draws < 1) {
      throw new IllegalArgumentException("At least one draw");
    }
    boolean valid =
        noise == Noise.MULTIPLICATIVE
            ? amplitude >= 0 && amplitude <= 1
            : amplitude > 0 && Double.isFinite(amplitude);
    if (!valid) {
      throw new IllegalArgumentException("Amplitude out of range for " + noise + ": " + amplitude);
    }
  }

  public static SensitivitySettings multiplicative(int draws, long seed, double fraction) {
    return new SensitivitySettings(draws, seed, Noise.MULTIPLICATIVE, fraction);
  }

  public static SensitivitySettings dirichlet(int draws, long seed, double concentration) {
    return new SensitivitySettings(draws, seed, Noise.DIRICHLET, concentration);
  }
}
