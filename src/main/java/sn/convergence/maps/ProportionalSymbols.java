package sn.convergence.maps;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Proportional circles: the area of a unit's circle is proportional to its value (the radius to the
 * square root), the largest value getting {@link #MAX_RADIUS} pixels; the legend shows up to three
 * rounded reference values (1, 2, 2.5 or 5 times a power of ten) at or below the largest, about a
 * quarter and a sixteenth of it, so that their radii halve. Pure.
 */
public final class ProportionalSymbols {

  /** Radius of the largest circle, in pixels (screen and SVG export). */
  public static final double MAX_RADIUS = 22;

  private ProportionalSymbols() {}

  /** Radius of a value given the largest one; 0 for no value, a zero value or a zero maximum. */
  public static double radius(Double value, double max) {
    if (value == null || max <= 0) {
      return 0;
    }
    return MAX_RADIUS * Math.sqrt(Math.min(1, Math.abs(value) / max));
  }

  /** The largest absolute value, 0 when none. */
  public static double max(Map<String, Double> values) {
    return values.values().stream().filter(Objects::nonNull).mapToDouble(Math::abs).max().orElse(0);
  }

  /** Reference values for the legend, largest first, distinct and positive. */
  public static List<Double> legendValues(double max) {
    List<Double> out = new ArrayList<>();
    if (!(max > 0)) {
      return out;
    }
    for (double share : new double[] {1, 0.25, 0.0625}) {
      double nice = niceAtMost(max * share);
      if (out.isEmpty() || nice < out.get(out.size() - 1)) {
        out.add(nice);
      }
    }
    return out;
  }

  /** The largest of 1, 2, 2.5, 5 times a power of ten that is at most {@code x} (x > 0). */
  static double niceAtMost(double x) {
    double base = Math.pow(10, Math.floor(Math.log10(x)));
    double f = x / base;
    double nice = f >= 5 ? 5 : f >= 2.5 ? 2.5 : f >= 2 ? 2 : 1;
    double value = nice * base;
    return value > x ? x : value;
  }
}
