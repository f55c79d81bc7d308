package sn.convergence.ingest.commit;

import sn.convergence.ingest.Period;

/** The registry period of a read period: the same label when the registry knows its form. */
final class RegistryPeriods {

  private RegistryPeriods() {}

  /** Needs a period with a year. */
  static sn.convergence.registry.Period of(Period period) {
    return sn.convergence.registry.Period.tryParse(period.label())
        .filter(p -> p.start().equals(period.start()) && p.end().equals(period.end()))
        .orElseGet(() -> sn.convergence.registry.Period.between(period.start(), period.end()));
  }
}
