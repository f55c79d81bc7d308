package sn.convergence.ingest.commit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Function;
import sn.convergence.ingest.Issue;
import sn.convergence.ingest.IssueCode;
import sn.convergence.ingest.validate.CrossSourceChecks;
import sn.convergence.registry.ReportedFact;

/**
 * Compares an import's planned facts with the facts the registry already holds for the same
 * interventions, from other sources (another file, a hand entry, the demonstration data). Pure.
 *
 * <ul>
 *   <li>The same fact (intervention, unit, period, beneficiary unit) reported by another source is
 *       kept as one fact, never counted twice: the planned fact takes the registry fact's period
 *       label and carries both sources ({@link Outcome#merges}), which the registry writes when the
 *       figures change (identical figures leave the fact as it is); the row is flagged {@link
 *       IssueCode#SAME_FACT_OTHER_SOURCE}, and {@link IssueCode#VALUES_CONFLICT} when the reached
 *       figures disagree even after rounding the more precise to the other's precision (the
 *       import's figure replaces the earlier one, which the batch keeps for undo).
 *   <li>A fact of the same intervention and first year whose place contains or lies in the other (a
 *       commune in a department) and whose period overlaps (a quarter in a year) is flagged {@link
 *       IssueCode#DUPLICATE_ACROSS_SOURCES}: both are kept, for a reviewer to check that they are
 *       not added up.
 * </ul>
 *
 * <p>Two facts come from the same source when their origins are equal ignoring case: a file
 * re-imported under its name updates its own facts silently.
 */
public final class SourceOverlaps {

  /** A registry fact and the name of its origin (the import's file name, or its source text). */
  public record Known(ReportedFact fact, String origin) {}

  /**
   * A planned fact that is the registry's fact: it takes that fact's period label (so that it
   * updates it instead of adding a second one) and carries its source too.
   */
  public record Merge(
      PlannedIntervention intervention, PlannedFact fact, String periodLabel, String otherSource) {}

  /** The warnings, and the planned facts to merge with the registry's. */
  public record Outcome(List<Issue> issues, List<Merge> merges) {}

  private SourceOverlaps() {}

  /**
   * Checks every planned fact against the known facts of its intervention. {@code placeName} gives
   * a unit's name for messages; {@code locate} the sheets and rows a planned fact came from (first
   * row first): a duplicate is named on each, a conflict on the first.
   */
  public static Outcome check(
      ImportPlan plan,
      List<Known> known,
      String origin,
      Function<String, String> placeName,
      BiFunction<PlannedIntervention, PlannedFact, List<Issue.Location>> locate) {
    Map<String, List<Known>> byBucket = new HashMap<>();
    for (Known k : known) {
      if (k.fact().start() != null && !sameOrigin(k.origin(), origin)) {
        byBucket
            .computeIfAbsent(
                bucket(k.fact().interventionCode(), k.fact().start()), x -> new ArrayList<>())
            .add(k);
      }
    }
    List<Issue> issues = new ArrayList<>();
    List<Merge> merges = new ArrayList<>();
    if (byBucket.isEmpty()) {
      return new Outcome(issues, merges);
    }
    for (PlannedIntervention intervention : plan.interventions()) {
      for (PlannedFact fact : intervention.facts()) {
        if (fact.start() == null) {
          continue;
        }
        List<Known> candidates =
            byBucket.getOrDefault(bucket(intervention.code(), fact.start()), List.of());
        compare(intervention, fact, candidates, origin, placeName, locate, issues, merges);
      }
    }
    return new Outcome(issues, merges);
  }

  private static void compare(
      PlannedIntervention intervention,
      PlannedFact fact,
      List<Known> candidates,
      String origin,
      Function<String, String> placeName,
      BiFunction<PlannedIntervention, PlannedFact, List<Issue.Location>> locate,
      List<Issue> issues,
      List<Merge> merges) {
    TreeSet<String> others = new TreeSet<>();
    Known same = null;
    for (Known k : candidates) {
      ReportedFact r = k.fact();
      if (!overlap(fact.pcode(), r.pcode())
          || !overlap(fact.start(), fact.end(), r.start(), r.end())) {
        continue;
      }
      others.add(k.origin());
      if (sameFact(fact, r)) {
        same = k;
      }
    }
    if (others.isEmpty()) {
      return;
    }
    List<Issue.Location> rows = locate.apply(intervention, fact);
    String place = placeName.apply(fact.pcode());
    if (same == null) {
      TreeSet<String> sources = new TreeSet<>(others);
      sources.add(origin);
      for (Issue.Location at : rows) {
        issues.add(
            Issue.of(
                IssueCode.DUPLICATE_ACROSS_SOURCES,
                at,
                intervention.title(),
                place,
                fact.start().getYear(),
                String.join(", ", sources)));
      }
      return;
    }
    for (Issue.Location at : rows) {
      issues.add(
          Issue.of(
              IssueCode.SAME_FACT_OTHER_SOURCE,
              at,
              intervention.title(),
              place,
              fact.periodLabel(),
              same.origin()));
    }
    merges.add(new Merge(intervention, fact, same.fact().periodLabel(), same.fact().source()));
    Long theirs = same.fact().reached();
    if (fact.reached() != null
        && theirs != null
        && !CrossSourceChecks.agree(
            BigDecimal.valueOf(fact.reached()), BigDecimal.valueOf(theirs))) {
      issues.add(
          Issue.of(
              IssueCode.VALUES_CONFLICT,
              rows.get(0),
              intervention.title(),
              place,
              fact.periodLabel(),
              fact.reached(),
              origin,
              theirs,
              same.origin()));
    }
  }

  /**
   * Same unit, beneficiary unit and period: the same label, the same dates written another way, or
   * one school year written as two calendar years ("2019-2020") by one source and as its dates by
   * the other.
   */
  private static boolean sameFact(PlannedFact fact, ReportedFact r) {
    boolean samePeriod =
        Objects.equals(fact.periodLabel(), r.periodLabel())
            || (Objects.equals(fact.start(), r.start()) && Objects.equals(fact.end(), r.end()))
            || sameSchoolYear(fact.start(), fact.end(), r.start(), r.end());
    return fact.pcode().equalsIgnoreCase(r.pcode())
        && samePeriod
        && fact.unit().equalsIgnoreCase(r.unit());
  }

  /** One period is the calendar years y and y+1, the other runs from year y into year y+1. */
  static boolean sameSchoolYear(LocalDate s1, LocalDate e1, LocalDate s2, LocalDate e2) {
    if (s1 == null || e1 == null || s2 == null || e2 == null) {
      return false;
    }
    return (twoCalendarYears(s1, e1) && straddles(s2, e2, s1.getYear()))
        || (twoCalendarYears(s2, e2) && straddles(s1, e1, s2.getYear()));
  }

  private static boolean twoCalendarYears(LocalDate start, LocalDate end) {
    return start.getDayOfYear() == 1
        && end.getYear() == start.getYear() + 1
        && end.getMonthValue() == 12
        && end.getDayOfMonth() == 31;
  }

  private static boolean straddles(LocalDate start, LocalDate end, int year) {
    return start.getYear() == year
        && end.getYear() == year + 1
        && !twoCalendarYears(start, end)
        && start.getMonthValue() >= 7
        && end.getMonthValue() <= 8;
  }

  private static String bucket(String code, LocalDate start) {
    return code.strip().toUpperCase(Locale.ROOT) + "|" + start.getYear();
  }

  private static boolean sameOrigin(String a, String b) {
    return a != null && b != null && a.strip().equalsIgnoreCase(b.strip());
  }

  /** One unit contains the other (P-codes nest by prefix), or they are the same. */
  private static boolean overlap(String p, String q) {
    String a = p.toUpperCase(Locale.ROOT);
    String b = q.toUpperCase(Locale.ROOT);
    return a.startsWith(b) || b.startsWith(a);
  }

  private static boolean overlap(LocalDate s1, LocalDate e1, LocalDate s2, LocalDate e2) {
    LocalDate end1 = e1 == null ? s1 : e1;
    LocalDate end2 = e2 == null ? s2 : e2;
    return !s1.isAfter(end2) && !s2.isAfter(end1);
  }
}
