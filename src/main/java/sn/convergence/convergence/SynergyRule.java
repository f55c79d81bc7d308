package sn.convergence.convergence;

import java.util.List;
import java.util.Objects;

/**
 * A synergy between two kinds of intervention present in the same unit. Two facts are compatible
 * when the rule accepts any target group, when they share a target group, or when their groups form
 * one of the listed pairs (in either order). Target group codes are those of the registry.
 */
public record SynergyRule(
    String code,
    String labelFr,
    String labelEn,
    String rationaleFr,
    String rationaleEn,
    InterventionSelector sideA,
    InterventionSelector sideB,
    List<List<String>> compatibleGroupPairs,
    boolean anyTargetGroup) {

  public SynergyRule {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(sideA, "sideA");
    Objects.requireNonNull(sideB, "sideB");
    compatibleGroupPairs = compatibleGroupPairs.stream().map(List::copyOf).toList();
    for (List<String> pair : compatibleGroupPairs) {
      if (pair.size() != 2) {
        throw new IllegalArgumentException("A compatible group pair has two codes: " + pair);
      }
    }
  }

  /** Stands for every target group when the rule accepts any. */
  static final String ANY_GROUP = "*";

  /** Whether facts for these two target groups are compatible under the rule. */
  boolean compatibleGroups(String groupA, String groupB) {
    return anyTargetGroup || groupA.equals(groupB) || pairListed(groupA, groupB);
  }

  private boolean pairListed(String groupA, String groupB) {
    for (List<String> pair : compatibleGroupPairs) {
      if ((pair.get(0).equals(groupA) && pair.get(1).equals(groupB))
          || (pair.get(0).equals(groupB) && pair.get(1).equals(groupA))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Target groups of the registry (reference/registry/target-groups.csv) that the family grants and
   * the registry-based cash transfers serve.
   */
  static final List<String> GRANT_GROUPS =
      List.of(
          "EXTREMELY_POOR_HOUSEHOLDS",
          "HOUSEHOLDS_WITH_CHILDREN_0_12",
          "PNBSF_HOUSEHOLDS",
          "RNU_HOUSEHOLDS");

  /**
   * Grants with R4 resilience, canteens buying from local smallholders, grants with shock aid,
   * grants with productive inclusion (Yokk Koom Koom). Families, types and target groups are the
   * registry's codes.
   */
  public static List<SynergyRule> defaults() {
    return List.of(
        new SynergyRule(
            "GRANTS_WITH_RESILIENCE",
            "Ménages des bourses familiales dans la résilience R4",
            "Family-grant households in R4 resilience",
            "Les ménages des bourses peuvent rejoindre actifs, assurance indicielle et épargne.",
            "Grant households can join assets, index insurance and savings groups.",
            InterventionSelector.families("CASH_TRANSFER"),
            InterventionSelector.families("RESILIENCE"),
            pairs(GRANT_GROUPS, List.of("SMALLHOLDER_FARMERS", "FOOD_INSECURE_HOUSEHOLDS")),
            false),
        new SynergyRule(
            "CANTEENS_LOCAL_PURCHASE",
            "Achats locaux des cantines auprès des petits producteurs",
            "School canteens buying from local smallholders",
            "Les cantines peuvent s'approvisionner auprès des producteurs appuyés.",
            "Canteens can buy food from the supported producers.",
            InterventionSelector.families("SCHOOL_FEEDING"),
            InterventionSelector.families("RESILIENCE"),
            List.of(List.of("PUPILS", "SMALLHOLDER_FARMERS")),
            false),
        new SynergyRule(
            "GRANTS_WITH_SHOCK_RESPONSE",
            "Réponse aux chocs adossée aux bourses et au RNU",
            "Shock response piggybacking on grants and the registry",
            "L'assistance aux chocs peut cibler et payer via le RNU et les bourses.",
            "Shock assistance can target and pay through the registry and the grants.",
            InterventionSelector.families("CASH_TRANSFER"),
            InterventionSelector.families("FOOD_ASSISTANCE"),
            pairs(GRANT_GROUPS, List.of("FOOD_INSECURE_HOUSEHOLDS")),
            false),
        new SynergyRule(
            "GRANTS_WITH_GRADUATION",
            "Ménages des bourses dans l'inclusion productive (Yokk Koom Koom)",
            "Grant households in productive inclusion (Yokk Koom Koom)",
            "Les ménages des bourses peuvent recevoir subvention productive, formation et épargne.",
            "Grant households can receive a productive grant, training and savings groups.",
            InterventionSelector.families("CASH_TRANSFER"),
            InterventionSelector.families("PRODUCTIVE_INCLUSION"),
            pairs(GRANT_GROUPS, List.of("WOMEN")),
            false));
  }

  /** Every pair of a group of the first list with a group of the second. */
  static List<List<String>> pairs(List<String> first, List<String> second) {
    return first.stream().flatMap(a -> second.stream().map(b -> List.of(a, b))).toList();
  }
}
