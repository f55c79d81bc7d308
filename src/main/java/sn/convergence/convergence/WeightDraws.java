package sn.convergence.convergence;

import java.util.Random;

/**
 * Random weight vectors around base weights. Uses {@link Random}, whose algorithm (including {@code
 * nextGaussian}) is specified, so a seed gives the same draws on every Java version.
 */
final class WeightDraws {

  private final SensitivitySettings settings;
  private final double[] base;
  private final Random random;

  WeightDraws(SensitivitySettings settings, double[] base) {
    this.settings = settings;
    this.base = base.clone();
    this.random = new Random(settings.seed());
  }

  double[] next() {
    double[] weights = new double[base.length];
    for (int i = 0; i < base.length; i++) {
      weights[i] =
          settings.noise() == SensitivitySettings.Noise.MULTIPLICATIVE
              ? base[i] * (1 + settings.amplitude() * (2 * random.nextDouble() - 1))
              : gamma(settings.amplitude() * base[i]);
    }
    return renormalise(weights);
  }

  private double[] renormalise(double[] weights) {
    double total = 0;
    for (double w : weights) {
      total += w;
    }
    if (!(total > 0)) {
      return base.clone();
    }
    for (int i = 0; i < weights.length; i++) {
      weights[i] /= total;
    }
    return weights;
  }

  /** Gamma(shape, 1) by Marsaglia and Tsang; shapes below 1 boosted by U^(1/shape). */
  private double gamma(double shape) {
    if (shape < 1) {
      return gamma(shape + 1) * Math.pow(random.nextDouble(), 1 / shape);
    }
    double d = shape - 1.0 / 3;
    double c = 1 / Math.sqrt(9 * d);
    while (true) {
      double x = random.nextGaussian();
      double v = 1 + c * x;
      if (v <= 0) {
        continue;
      }
      v = v * v * v;
      double u = random.nextDouble();
      if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) {
        return d * v;
      }
    }
  }
}
