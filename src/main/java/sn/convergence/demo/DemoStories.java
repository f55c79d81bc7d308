package sn.convergence.demo;

import java.util.List;
import java.util.stream.IntStream;

/** Where the six demo stories are placed, and their descriptions. */
final class DemoStories {

  /** Story 1: the convergence zone (Matam). */
  static final String CONVERGENCE = "SN0902";

  static final List<Integer> CONVERGENCE_YEARS = List.of(2021, 2022, 2023);

  /** Story 2: the uncovered pocket (Saraya). */
  static final String UNCOVERED = "SN0603";

  /** PNBSF quota of the uncovered pocket, as a share of its fair (population x poverty) quota. */
  static final double UNCOVERED_QUOTA_FACTOR = 0.45;

  /** Story 3: Yokk Koom Koom pilot departments (urban Dakar, Thiès, Kaolack, Saint-Louis). */
  static final List<String> YKK_PILOT =
      List.of("SN0101", "SN0102", "SN0103", "SN0104", "SN0502", "SN1003", "SN1302");

  /** Story 4: R4 departments that drop out when the scale-up grant ends. */
  static final List<String> R4_DROPPED = List.of("SN0404", "SN0702");

  static final int R4_DROP_YEAR = 2022;

  /** Story 5: the joint lean-season operation reported twice. */
  static final List<String> DUPLICATE = List.of("SN1002", "SN0903");

  static final int DUPLICATE_YEAR = 2022;
  static final List<Integer> DUPLICATE_MONTHS = List.of(7, 8);

  /** Story 6: the registry jump (Kolda region). */
  static final String RNU_JUMP_REGION = "SN07";

  static final int RNU_JUMP_YEAR = 2023;

  private DemoStories() {}

  static List<String> requiredDepartments() {
    return List.of(
        CONVERGENCE,
        UNCOVERED,
        YKK_PILOT.get(0),
        R4_DROPPED.get(0),
        R4_DROPPED.get(1),
        DUPLICATE.get(0),
        DUPLICATE.get(1));
  }

  static List<DemoStory> stories(List<String> rnuJumpDepartments) {
    return List.of(
        new DemoStory(
            1,
            "Zone de convergence : PNBSF, cantines du PAM, transferts de soudure, Yokk Koom Koom et"
                + " CMU présents ensemble à Matam de 2021 à 2023.",
            List.of(CONVERGENCE),
            CONVERGENCE_YEARS),
        new DemoStory(
            2,
            "Poche non couverte : Saraya, département très pauvre de l'Est, reçoit peu de bourses"
                + " PNBSF par personne pauvre et aucun programme de partenaire.",
            List.of(UNCOVERED),
            years(DemoCodes.FIRST_YEAR, DemoCodes.LAST_YEAR)),
        new DemoStory(
            3,
            "Trajectoire de passage à l'échelle : Yokk Koom Koom, pilote urbain en 2018-2019 dans"
                + " sept départements, puis extension nationale à partir de 2021.",
            YKK_PILOT,
            years(2018, 2025)),
        new DemoStory(
            4,
            "Trajectoire interrompue : R4 se retire de Malem-Hodar et de Médina Yoro Foulah en"
                + " 2022, à la fin du financement de mise à l'échelle.",
            R4_DROPPED,
            List.of(2021, 2022)),
        new DemoStory(
            5,
            "Rapport en double : la même opération de soudure de juillet-août 2022 déclarée par la"
                + " DGPSN (ménages) et par le PAM (personnes) à Podor et Ranérou-Ferlo.",
            DUPLICATE,
            List.of(DUPLICATE_YEAR)),
        new DemoStory(
            6,
            "Saut du registre : les ménages du RNU de la région de Kolda augmentent de 60 à 80 % en"
                + " 2023 (extension du registre).",
            rnuJumpDepartments,
            List.of(RNU_JUMP_YEAR - 1, RNU_JUMP_YEAR)));
  }

  private static List<Integer> years(int from, int to) {
    return IntStream.rangeClosed(from, to).boxed().toList();
  }
}
