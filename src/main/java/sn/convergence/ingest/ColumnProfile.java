package sn.convergence.ingest;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import sn.convergence.geography.NameNormalizer;

/**
 * A saved column mapping for files without HXL tags (or with untagged columns): header text to
 * field. Headers are compared without case, accents, punctuation or line breaks.
 */
public record ColumnProfile(String name, Map<String, Field> headers) {

  public ColumnProfile {
    Map<String, Field> keyed = new HashMap<>();
    headers.forEach((header, field) -> keyed.put(key(header), field));
    headers = Map.copyOf(keyed);
  }

  /** The field a header maps to, if any. */
  public Optional<Field> fieldFor(String header) {
    return Optional.ofNullable(headers.get(key(header)));
  }

  /** A profile with this one's headers plus the other's (this one wins on conflicts). */
  public ColumnProfile orElse(ColumnProfile other) {
    Map<String, Field> merged = new HashMap<>(other.headers);
    merged.putAll(headers);
    return new ColumnProfile(name, merged);
  }

  /** How headers are compared: without case, accents, punctuation or line breaks. */
  public static String key(String header) {
    return NameNormalizer.normalize(header == null ? "" : header);
  }

  /** Common French and English 3W headers, used when the caller gives no profile. */
  public static ColumnProfile standard() {
    Map<String, Field> map = new HashMap<>();
    put(map, Field.ORGANISATION, "Organisation", "Organization", "Partenaire", "Acteur");
    put(map, Field.ORGANISATION_ACRONYM, "Acronyme", "Sigle", "Acronym");
    put(map, Field.SECTOR, "Secteur", "Sector", "Cluster");
    put(map, Field.ACTIVITY, "Activité", "Activity", "Intervention", "Programme", "Projet");
    put(map, Field.COUNTRY, "Pays", "Country");
    put(map, Field.ADM1_NAME, "Région", "Region", "Province", "Provinces", "Admin1");
    put(map, Field.ADM1_CODE, "Code région", "Admin1 P-code", "Admin1Pcode", "adm1_pcode");
    put(map, Field.ADM2_NAME, "Département", "Department", "Admin2");
    put(map, Field.PLACE, "Commune", "Arrondissement", "Village", "Localité", "Site", "Admin3");
    put(map, Field.ADM2_CODE, "Code département", "Admin2 P-code", "Admin2Pcode", "adm2_pcode");
    put(map, Field.TARGETED, "Cible", "Ciblés", "Target", "Targeted", "AnnualTarget");
    put(map, Field.TARGETED, "Ménages ciblés", "Bénéficiaires ciblés", "Personnes ciblées");
    put(map, Field.REACHED, "Atteint", "Atteints", "Réalisé", "Achieved", "Reached");
    put(map, Field.REACHED, "Ménages atteints", "Bénéficiaires atteints", "Personnes atteintes");
    put(map, Field.PERIOD, "Période", "Period", "Année", "Year", "Date");
    put(map, Field.START_DATE, "Date de début", "Début", "Start date", "Start");
    put(map, Field.END_DATE, "Date de fin", "Fin", "End date", "End");
    put(map, Field.STATUS, "Statut", "Status");
    put(map, Field.BENEFICIARY, "Bénéficiaires", "Groupe cible", "Beneficiaries");
    put(map, Field.VALUE, "Budget", "Montant", "Amount", "Value");
    put(map, Field.UNIT_TRANSFER, "Transfert unitaire", "Montant unitaire", "Montant par ménage");
    put(map, Field.UNIT_TRANSFER, "Montant par bénéficiaire", "Valeur du transfert");
    put(map, Field.UNIT_TRANSFER, "Unit transfer", "Transfer value", "Transfer per household");
    put(map, Field.UNIT, "Unité", "Unit", "Unité de mesure", "Indicator", "Indicateur");
    return new ColumnProfile("standard", map);
  }

  private static void put(Map<String, Field> map, Field field, String... headers) {
    for (String header : headers) {
      map.put(header, field);
    }
  }
}
