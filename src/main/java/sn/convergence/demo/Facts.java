package sn.convergence.demo;

import java.util.ArrayList;
import java.util.List;

/** Collects the truth facts of the programmes; every fact is synthetic and says so. */
final class Facts {

  static final String SOURCE_PREFIX = "DÉMO – données fictives – ";

  private final List<DemoCoverage> facts = new ArrayList<>();

  void add(
      String intervention,
      String pcode,
      Period period,
      Long planned,
      long reached,
      String unit,
      Long budget,
      String source) {
    add(intervention, pcode, period, planned, reached, unit, budget, source, null);
  }

  void add(
      String intervention,
      String pcode,
      Period period,
      Long planned,
      long reached,
      String unit,
      Long budget,
      String source,
      String operationKey) {
    facts.add(
        new DemoCoverage(
            intervention,
            pcode,
            period.label(),
            period.start(),
            period.end(),
            planned,
            reached,
            unit,
            budget,
            SOURCE_PREFIX + source,
            true,
            operationKey));
  }

  List<DemoCoverage> list() {
    return facts;
  }

  /** A percentage written the French way, for source texts ({@code 91,3 %}). */
  static String percent(double share) {
    long tenths = Math.round(share * 1000);
    return tenths / 10 + "," + tenths % 10 + " %";
  }
}
