package sn.convergence.demo.raw;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The saved column profiles some partner files need (headers the standard profile does not know),
 * as an information manager sets them once: profile name -> header -> field name of the import
 * ({@code ORGANISATION}, {@code ADM2_NAME}, {@code PERIOD}, {@code REACHED}, {@code VALUE}, {@code
 * UNIT_TRANSFER}, {@code UNIT}...).
 */
final class ColumnProfiles {

  private ColumnProfiles() {}

  static Map<String, Map<String, String>> all() {
    Map<String, Map<String, String>> profiles = new LinkedHashMap<>();
    profiles.put(
        "DGPSN",
        Map.of(
            "Structure", "ORGANISATION",
            "Ménages bénéficiaires", "REACHED",
            "Ménages inscrits", "REACHED",
            "Montant payé (FCFA)", "VALUE",
            "Montant (FCFA)", "VALUE",
            "Montant unitaire (FCFA)", "UNIT_TRANSFER"));
    profiles.put(
        "DGPSN-coordination",
        Map.of(
            "Structure", "ORGANISATION",
            "Trimestre", "PERIOD",
            "Ménages payés", "REACHED",
            "Montant payé (FCFA)", "VALUE"));
    profiles.put(
        "MDCEST-CSA",
        Map.of(
            "Structure", "ORGANISATION",
            "Ménages servis", "REACHED",
            "Valeur des kits (FCFA)", "VALUE"));
    profiles.put(
        "Oxfam-R4",
        Map.of(
            "Partenaire de mise en œuvre", "ORGANISATION",
            "Saison", "PERIOD",
            "Participants", "REACHED",
            "Budget activités (FCFA)", "VALUE"));
    profiles.put(
        "MEN-DCaS",
        Map.of(
            "IEF", "ADM2_NAME",
            "Année scolaire", "PERIOD",
            "Indicateur", "UNIT",
            "Valeur", "REACHED",
            "Coût (FCFA)", "VALUE"));
    profiles.put("CICODEV", Map.of("Valeur", "REACHED"));
    profiles.put("Conseil-departemental", Map.of("Nombre", "REACHED"));
    return profiles;
  }
}
