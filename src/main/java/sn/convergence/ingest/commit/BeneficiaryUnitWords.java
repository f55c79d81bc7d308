package sn.convergence.ingest.commit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import sn.convergence.registry.BeneficiaryUnit;

/**
 * Reads what a figure counts from a unit or indicator text ("ménages", "Nombre d'élèves", "quantity
 * of food distributed"): a unit code as written, else the first rule whose word the text contains.
 * Children are pupils when the intervention type counts pupils, people otherwise. Pure.
 */
public final class BeneficiaryUnitWords {

  private static final Map<String, BeneficiaryUnit> RULES = new LinkedHashMap<>();

  static {
    rule(BeneficiaryUnit.HOUSEHOLDS, "menage", "household", "foyer", "famille");
    rule(BeneficiaryUnit.PUPILS, "eleve", "pupil", "student", "ecolier", "learner");
    rule(BeneficiaryUnit.FARMERS_INSURED, "assure", "insured");
    rule(BeneficiaryUnit.FARMERS_PAID, "indemnise", "payout", "paid");
    rule(BeneficiaryUnit.PARTICIPANTS, "participant");
    rule(BeneficiaryUnit.SCHOOLS, "ecole", "school", "etablissement");
    rule(BeneficiaryUnit.CARDS, "carte", "card");
    rule(BeneficiaryUnit.GROUPS, "groupe", "group", "avec", "association");
    rule(BeneficiaryUnit.HECTARES, "hectare");
    rule(BeneficiaryUnit.REPORTS, "rapport", "report");
    rule(BeneficiaryUnit.TONNES, "tonne", "quantity of food", "quantite", "vivres distribue");
    rule(BeneficiaryUnit.MONTHS, "mois", "month");
    rule(
        BeneficiaryUnit.PEOPLE,
        "personne",
        "people",
        "person",
        "individu",
        "beneficiaire",
        "beneficiarie",
        "women",
        "femme",
        "homme",
        "men",
        "children",
        "enfant",
        "patient");
  }

  private BeneficiaryUnitWords() {}

  private static void rule(BeneficiaryUnit unit, String... words) {
    for (String word : words) {
      RULES.put(word, unit);
    }
  }

  /** The unit the text names, or null; {@code typeUnit} is the intervention type's default. */
  public static BeneficiaryUnit read(String text, BeneficiaryUnit typeUnit) {
    BeneficiaryUnit code = BeneficiaryUnit.parse(text == null ? null : text.strip());
    if (code != null) {
      return code;
    }
    String key = " " + TextKey.of(text) + " ";
    for (Map.Entry<String, BeneficiaryUnit> rule : RULES.entrySet()) {
      if (key.contains(" " + rule.getKey())) {
        boolean children = List.of("children", "enfant").contains(rule.getKey());
        return children && typeUnit == BeneficiaryUnit.PUPILS ? typeUnit : rule.getValue();
      }
    }
    return null;
  }
}
