package sn.convergence.demo;

import java.util.ArrayList;
import java.util.List;
import sn.convergence.demo.ContextModel.Profile;

/**
 * Lean-season responses (July-September): departments in Cadre Harmonisé phase 3 that year plus one
 * or two in phase 2, served by DGPSN, WFP, FSN or Caritas. Story 5's joint operation is reported
 * twice, by DGPSN in households and by WFP in people, month by month.
 */
final class LeanSeason {

  static final long JOINT_MONTHLY_TRANSFER = 45_000;

  private final ContextModel context;
  private final Facts facts;
  private final DemoRandom random;

  LeanSeason(ContextModel context, Facts facts, long seed) {
    this.context = context;
    this.facts = facts;
    this.random = DemoRandom.of(seed, "lean-season");
  }

  void generate() {
    for (int year = DemoCodes.FIRST_YEAR; year <= DemoCodes.LAST_YEAR; year++) {
      for (Profile p : targets(year)) {
        if (year == DemoStories.DUPLICATE_YEAR && DemoStories.DUPLICATE.contains(p.pcode())) {
          jointOperation(p);
          continue;
        }
        boolean mustBeCash =
            DemoStories.CONVERGENCE.equals(p.pcode())
                && DemoStories.CONVERGENCE_YEARS.contains(year);
        String first = actor(mustBeCash);
        response(p, first);
        if (random.chance(0.25)) {
          String second = actor(false);
          if (!second.equals(first)) {
            response(p, second);
          }
        }
      }
    }
  }

  private List<Profile> targets(int year) {
    List<Profile> targets = new ArrayList<>();
    List<Profile> watch = new ArrayList<>();
    for (Profile p : context.profiles(year)) {
      if (p.phase() >= 3) {
        targets.add(p);
      } else if (p.phase() == 2 && p.poverty() >= 40 && !DemoStories.UNCOVERED.equals(p.pcode())) {
        watch.add(p);
      }
    }
    int extra = Math.min(watch.size(), random.intBetween(1, 2));
    targets.addAll(random.shuffled(watch).subList(0, extra));
    return targets;
  }

  private String actor(boolean cashOnly) {
    double draw = random.between(0, cashOnly ? 0.85 : 1);
    if (draw < 0.4) {
      return DemoCodes.LEAN_DGPSN;
    }
    if (draw < 0.7) {
      return DemoCodes.LEAN_WFP;
    }
    return draw < 0.85 ? DemoCodes.LEAN_FSN : DemoCodes.LEAN_NGO;
  }

  private void response(Profile p, String intervention) {
    long households = Math.min(Math.round(p.households() * 0.5), random.intBetween(1_500, 15_000));
    long perHousehold =
        DemoCodes.LEAN_NGO.equals(intervention)
            ? 1000L * random.intBetween(45, 60)
            : 15_000L * random.intBetween(3, 9);
    int delay = random.intBetween(60, 150);
    boolean inPeople = DemoCodes.LEAN_WFP.equals(intervention);
    long reached = inPeople ? Math.round(households * p.householdSize()) : households;
    facts.add(
        intervention,
        p.pcode(),
        Period.quarter(p.year(), 3),
        reached,
        reached,
        inPeople ? DemoCodes.PEOPLE : DemoCodes.HOUSEHOLDS,
        households * perHousehold,
        reporter(intervention)
            + ", "
            + perHousehold
            + " XOF par ménage, "
            + delay
            + " jours entre le Cadre Harmonisé de mars et le premier paiement");
  }

  private void jointOperation(Profile p) {
    long households = random.intBetween(2_000, 6_000);
    for (int month : DemoStories.DUPLICATE_MONTHS) {
      Period period = Period.month(DemoStories.DUPLICATE_YEAR, month);
      String key = "SOUDURE-" + period.label() + "-" + p.pcode();
      long budget = households * JOINT_MONTHLY_TRANSFER;
      String source = "opération conjointe de soudure DGPSN/PAM, tranche mensuelle";
      facts.add(
          DemoCodes.LEAN_DGPSN,
          p.pcode(),
          period,
          households,
          households,
          DemoCodes.HOUSEHOLDS,
          budget,
          "DGPSN, " + source,
          key);
      long people = Math.round(households * p.householdSize());
      facts.add(
          DemoCodes.LEAN_WFP,
          p.pcode(),
          period,
          people,
          people,
          DemoCodes.PEOPLE,
          budget,
          "PAM, " + source,
          key);
    }
  }

  private static String reporter(String intervention) {
    return switch (intervention) {
      case DemoCodes.LEAN_DGPSN -> "DGPSN, rapport de la réponse à la soudure";
      case DemoCodes.LEAN_WFP -> "PAM, rapport de distribution";
      case DemoCodes.LEAN_FSN -> "FSN, bilan du programme monétaire";
      default -> "Caritas Sénégal, rapport de distribution de vivres";
    };
  }
}
