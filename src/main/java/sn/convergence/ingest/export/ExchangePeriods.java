package sn.convergence.ingest.export;

import java.util.List;
import java.util.Optional;
import sn.convergence.ingest.normalize.PeriodParser;
import sn.convergence.registry.Period;

/**
 * The text written in the period column of an exchange file: the registry label when the import's
 * {@link PeriodParser} reads it back to the same dates ("2021", "2021-Q2", "2021-06", "2015S"),
 * otherwise a spelling it reads to those dates: a school year {@code 2019/2020} becomes "année
 * scolaire 2019/2020", because the parser reads a bare "2019/2020" as the two calendar years. An
 * explicit interval ({@code 2021-01-15/2021-03-31}) has no such spelling yet: its label is written
 * and the import reports it. Pure.
 */
public final class ExchangePeriods {

  private ExchangePeriods() {}

  public static String text(Period period) {
    for (String candidate : candidates(period.label())) {
      if (readsBackAs(candidate, period)) {
        return candidate;
      }
    }
    return period.label();
  }

  /** True when the import reads the text as exactly the period's dates. */
  public static boolean readsBackAs(String text, Period period) {
    Optional<sn.convergence.ingest.Period> read = PeriodParser.parse(text);
    return read.isPresent()
        && period.start().equals(read.get().start())
        && period.end().equals(read.get().end());
  }

  private static List<String> candidates(String label) {
    return List.of(label, "année scolaire " + label, "hivernage " + label.replace("S", ""));
  }
}
