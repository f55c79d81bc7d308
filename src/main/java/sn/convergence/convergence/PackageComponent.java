package sn.convergence.convergence;

import java.util.List;
import java.util.Objects;

/** One component of the integrated package, with French and English labels. */
public record PackageComponent(
    String code, String labelFr, String labelEn, InterventionSelector selector) {

  public PackageComponent {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(labelFr, "labelFr");
    Objects.requireNonNull(labelEn, "labelEn");
    Objects.requireNonNull(selector, "selector");
  }

  /**
   * The package of the founding document: family security grants and cash transfers, school
   * canteens, R4 resilience (assets, index insurance, savings and credit) with productive inclusion
   * (graduation, as the domain brief's "resilience/graduation"), food or voucher assistance for
   * shocks. Selectors use the registry's family codes (reference/registry/families.csv).
   */
  public static List<PackageComponent> defaultPackage() {
    return List.of(
        new PackageComponent(
            "FAMILY_GRANTS",
            "Bourses de sécurité familiale et transferts monétaires",
            "Family security grants and cash transfers",
            InterventionSelector.families("CASH_TRANSFER")),
        new PackageComponent(
            "SCHOOL_CANTEENS",
            "Cantines scolaires",
            "School canteens",
            InterventionSelector.families("SCHOOL_FEEDING")),
        new PackageComponent(
            "RESILIENCE",
            "Résilience et inclusion productive (R4, Yokk Koom Koom)",
            "Resilience and productive inclusion (R4, Yokk Koom Koom)",
            InterventionSelector.families("RESILIENCE", "PRODUCTIVE_INCLUSION")),
        new PackageComponent(
            "SHOCK_ASSISTANCE",
            "Assistance alimentaire ou en bons lors des chocs",
            "Food or voucher assistance in shocks",
            InterventionSelector.families("FOOD_ASSISTANCE")));
  }
}
