package sn.convergence.ingest;

/**
 * The coded problems an import reports, each with its default severity and its message in French
 * and English. Messages are {@link String#format} templates; the arguments are given when the issue
 * is raised.
 */
public enum IssueCode {
  FILE_EMPTY(Severity.ERROR, "Le fichier est vide.", "The file is empty."),
  FILE_UNREADABLE(
      Severity.ERROR, "Le fichier ne peut pas être lu : %s", "The file cannot be read: %s"),
  FILE_TOO_LARGE(
      Severity.ERROR,
      "Le fichier dépasse les limites de sécurité (%s).",
      "The file exceeds the safety limits (%s)."),
  UNSAFE_XML(
      Severity.ERROR,
      "XML refusé : les DTD et entités externes sont interdites (%s).",
      "XML refused: DTDs and external entities are not allowed (%s)."),
  ENCODING_FALLBACK(
      Severity.WARNING,
      "Le fichier n'est pas en UTF-8 valide ; lu en %s.",
      "The file is not valid UTF-8; read as %s."),
  NO_HEADER(
      Severity.WARNING,
      "Feuille « %s » : ni ligne de hashtags HXL ni en-têtes reconnus ; feuille ignorée.",
      "Sheet \"%s\": neither an HXL hashtag row nor known headers; sheet skipped."),
  COLUMN_IGNORED(
      Severity.WARNING,
      "Colonne « %s » non reconnue : ses valeurs ne sont pas importées. Associez-la à un champ dans"
          + " un profil de colonnes pour l'importer.",
      "Column \"%s\" not recognised: its values are not imported. Map it to a field in a column"
          + " profile to import it."),
  CELL_TOO_LONG(
      Severity.ERROR,
      "Cellule trop longue (%s caractères) ; valeur ignorée.",
      "Cell too long (%s characters); value ignored."),
  NUMBER_INVALID(Severity.ERROR, "« %s » n'est pas un nombre.", "\"%s\" is not a number."),
  NUMBER_NOT_AVAILABLE(
      Severity.WARNING, "Valeur non disponible (« %s »).", "Value not available (\"%s\")."),
  NUMBER_FORMULA_ERROR(
      Severity.WARNING,
      "Erreur de formule exportée (« %s ») : valeur absente.",
      "Exported formula error (\"%s\"): value missing."),
  NUMBER_FREE_TEXT(
      Severity.WARNING,
      "Texte libre au lieu d'un nombre (« %s ») : valeur absente.",
      "Free text instead of a number (\"%s\"): value missing."),
  NUMBER_APPROXIMATE(
      Severity.WARNING,
      "Valeur approximative « %s » lue comme %s.",
      "Approximate value \"%s\" read as %s."),
  NUMBER_NEGATIVE(Severity.ERROR, "Nombre négatif : %s.", "Negative number: %s."),
  PERIOD_INVALID(
      Severity.ERROR,
      "« %s » n'est pas une date ou une période reconnue.",
      "\"%s\" is not a recognised date or period."),
  PERIOD_MISSING_YEAR(
      Severity.WARNING, "Période sans année : « %s ».", "Period without a year: \"%s\"."),
  UNIT_MISSING(
      Severity.ERROR,
      "Aucune unité administrative sur la ligne.",
      "No administrative unit on the row."),
  UNIT_UNKNOWN(
      Severity.ERROR,
      "Unité administrative inconnue : « %s ».",
      "Unknown administrative unit: \"%s\"."),
  UNIT_AMBIGUOUS(
      Severity.ERROR,
      "« %s » peut désigner plusieurs unités : %s.",
      "\"%s\" may name several units: %s."),
  UNIT_UNCERTAIN(
      Severity.ERROR,
      "« %s » ne correspond exactement à aucune unité ; proposition : %s.",
      "\"%s\" matches no unit exactly; suggestion: %s."),
  UNIT_MULTIPLE(
      Severity.WARNING,
      "« %s » nomme plusieurs unités (%s) : gardé comme agrégat, non réparti.",
      "\"%s\" names several units (%s): kept as an aggregate, not split."),
  UNIT_OUTSIDE_COUNTRY(
      Severity.WARNING,
      "« %s » est hors de la géographie de ce pays (%s) ; ligne ignorée.",
      "\"%s\" is outside this country's geography (%s); row skipped."),
  UNIT_WRONG_PARENT(
      Severity.WARNING, "« %s » n'est pas dans « %s ».", "\"%s\" is not within \"%s\"."),
  ORGANISATION_MISSING(Severity.ERROR, "Organisation absente.", "Organisation missing."),
  TOTAL_ROW(
      Severity.WARNING,
      "Ligne de total ou sous-total (« %s ») ignorée.",
      "Total or subtotal row (\"%s\") skipped."),
  REACHED_ABOVE_TARGET(
      Severity.WARNING,
      "Atteint (%s) supérieur à la cible (%s).",
      "Reached (%s) above target (%s)."),
  REGION_TOTAL_MISMATCH(
      Severity.WARNING,
      "Total de la région %s (%s) différent de la somme de ses départements (%s).",
      "Total of region %s (%s) differs from the sum of its departments (%s)."),
  DUPLICATE_ACROSS_SOURCES(
      Severity.WARNING,
      "« %s » pour %s en %s est déclaré par plusieurs sources : %s.",
      "\"%s\" for %s in %s is reported by several sources: %s."),
  SAME_FACT_OTHER_SOURCE(
      Severity.WARNING,
      "« %s » pour %s, %s : ce fait figure déjà au registre d'après %s ; il est gardé une seule"
          + " fois, jamais compté deux fois (si ses chiffres changent, il nomme les deux sources).",
      "\"%s\" for %s, %s: this fact is already in the registry according to %s; it is kept once,"
          + " never counted twice (if its figures change, it names both sources)."),
  MIXED_UNITS(
      Severity.WARNING, "Unités mélangées pour « %s » : %s.", "Mixed units for \"%s\": %s."),
  IATI_VERSION_UNSUPPORTED(
      Severity.ERROR,
      "Version IATI %s non prise en charge (2.01 à 2.03 ; 1.0x en lecture partielle).",
      "IATI version %s is not supported (2.01 to 2.03; 1.0x read in part)."),
  IATI_OLD_VERSION(
      Severity.WARNING, "Version IATI %s : lecture partielle.", "IATI version %s: read in part."),
  IATI_OUTSIDE_COUNTRY(
      Severity.WARNING,
      "Activité %s : pays bénéficiaire %s, hors du filtre %s.",
      "Activity %s: recipient country %s, outside the filter %s."),
  IATI_UNSPECIFIED_COUNTRY(
      Severity.WARNING,
      "Activité %s : code pays « %s » non spécifique (pas un pays de la liste IATI).",
      "Activity %s: country code \"%s\" is not specific (not in the IATI country list)."),
  IATI_NO_COUNTRY(
      Severity.WARNING,
      "Activité %s : aucun pays bénéficiaire (régions : %s).",
      "Activity %s: no recipient country (regions: %s)."),
  ORGANISATION_UNKNOWN(
      Severity.ERROR,
      "Organisation « %s » inconnue : confirmez une correspondance ou créez-la.",
      "Unknown organisation \"%s\": confirm a match or create it."),
  ORGANISATION_GUESSED(
      Severity.WARNING,
      "Organisation « %s » rapprochée de %s (%s) : à vérifier.",
      "Organisation \"%s\" matched to %s (%s): please check."),
  ORGANISATION_CREATED(
      Severity.WARNING,
      "Organisation « %s » inconnue : elle sera créée sous le sigle %s.",
      "Unknown organisation \"%s\": it will be created as %s."),
  TYPE_UNKNOWN(
      Severity.ERROR,
      "Type d'intervention non reconnu pour « %s » : confirmez une correspondance.",
      "No intervention type recognised for \"%s\": confirm a match."),
  TYPE_GUESSED(
      Severity.WARNING,
      "« %s » rapproché du type %s : à vérifier.",
      "\"%s\" matched to type %s: please check."),
  TYPE_OUTSIDE_TAXONOMY(
      Severity.WARNING,
      "Secteur(s) %s hors de la taxonomie de protection sociale : classé « Autre secteur ».",
      "Sector(s) %s outside the social protection taxonomy: filed as \"Other sector\"."),
  BENEFICIARY_UNIT_UNKNOWN(
      Severity.ERROR,
      "Unité de mesure « %s » non reconnue (ménages, personnes, élèves...).",
      "Unit of measure \"%s\" not recognised (households, people, pupils...)."),
  BENEFICIARY_UNIT_FROM_TYPE(
      Severity.WARNING,
      "Pas d'unité de mesure : celle du type (%s) est retenue.",
      "No unit of measure: the type's (%s) is used."),
  MULTI_UNIT_AGGREGATE(
      Severity.WARNING,
      "« %s » couvre plusieurs unités sans répartition : chiffre gardé à l'échelle de %s.",
      "\"%s\" covers several units with no split: figure kept at the level of %s."),
  PERIOD_YEAR_DEFAULTED(
      Severity.WARNING,
      "Période « %s » sans année : l'année %s de l'import est retenue.",
      "Period \"%s\" has no year: the import's year %s is used."),
  CURRENCY_CONVERTED(
      Severity.WARNING,
      "Montant en %s converti en XOF au taux %s.",
      "Amount in %s converted to XOF at the rate %s."),
  CURRENCY_UNSUPPORTED(
      Severity.WARNING,
      "Montant en %s : devise sans taux de conversion, budget non repris.",
      "Amount in %s: no conversion rate for this currency, budget left out."),
  NUMBER_ROUNDED(
      Severity.WARNING,
      "« %s » arrondi à %s (les chiffres sont entiers).",
      "\"%s\" rounded to %s (figures are whole numbers)."),
  DUPLICATE_FACT(
      Severity.WARNING,
      "Même intervention, unité et période que la ligne %s : un seul fait est gardé, avec les deux sources.",
      "Same intervention, unit and period as row %s: one fact is kept, with both sources."),
  PARTS_ADDED(
      Severity.WARNING,
      "« %s » est une partie du fait de la ligne %s (même intervention, unité et période) : ses"
          + " chiffres y sont additionnés.",
      "\"%s\" is a part of the fact of row %s (same intervention, unit and period): its figures"
          + " are added to it."),
  REGISTRY_REFUSED(
      Severity.ERROR,
      "Intervention %s refusée par le registre : %s",
      "Intervention %s refused by the registry: %s"),
  IATI_LOCATION_NO_BOUNDARIES(
      Severity.WARNING,
      "Activité %s : lieu (%s, %s) non placé, aucune limite de département n'est importée.",
      "Activity %s: location (%s, %s) not placed, no department boundaries are imported."),
  IATI_LOCATION_OUTSIDE(
      Severity.WARNING,
      "Activité %s : lieu (%s, %s) hors des départements du pays ; non placé.",
      "Activity %s: location (%s, %s) outside the country's departments; not placed."),
  IATI_NO_FIGURES(
      Severity.WARNING,
      "Activité %s : ni budget ni lieu exploitable ; seule sa présence nationale est enregistrée.",
      "Activity %s: no usable budget or location; only its national presence is recorded."),
  UNIT_NAME_VARIANT(
      Severity.WARNING,
      "« %s » n'est pas le nom officiel : lu comme %s (%s).",
      "\"%s\" is not the official name: read as %s (%s)."),
  UNIT_NOT_VALID_ON_DATE(
      Severity.WARNING,
      "« %s » : %s (%s) n'existe qu'à partir du %s ; pour la période %s, la ligne est comptée dans"
          + " %s (%s).",
      "\"%s\": %s (%s) exists only from %s; for the period %s, the row is counted in %s (%s)."),
  UNIT_WRONG_LEVEL(
      Severity.ERROR,
      "« %s » désigne une unité d'un autre niveau que celui de la colonne : %s.",
      "\"%s\" names a unit of another level than the column's: %s."),
  UNIT_BARE_CODE(
      Severity.WARNING,
      "« %s » : code sans préfixe de pays ; en P-code OCHA %s = %s, en code ANSD %s = %s. Écrire"
          + " le P-code complet.",
      "\"%s\": code without a country prefix; as an OCHA P-code %s = %s, as an ANSD code %s ="
          + " %s. Write the full P-code."),
  TEXT_MOJIBAKE(
      Severity.WARNING,
      "Texte mal encodé « %s » (UTF-8 lu comme Latin-1) : lu comme « %s ».",
      "Garbled text \"%s\" (UTF-8 read as Latin-1): read as \"%s\"."),
  NUMBER_TEXT(
      Severity.WARNING,
      "Nombre écrit comme texte « %s » : lu comme %s.",
      "Number written as text \"%s\": read as %s."),
  VALUE_OUT_OF_RANGE(
      Severity.ERROR, "Pourcentage hors de 0 à 100 : %s.", "Percentage outside 0 to 100: %s."),
  PERIOD_MIXED_PRECISION(
      Severity.WARNING,
      "Période « %s » : écrite autrement que les autres lignes de la feuille (par exemple « %s »).",
      "Period \"%s\": written unlike the other rows of the sheet (for example \"%s\")."),
  SUBTOTAL_MISMATCH(
      Severity.WARNING,
      "Ligne de total : %s au lieu de %s, la somme des lignes qu'elle résume.",
      "Total row: %s instead of %s, the sum of the rows it sums up."),
  BUDGET_TYPE_AMBIGUOUS(
      Severity.WARNING,
      "Montant %s pour %s : %s fois la médiane des autres périodes (%s) ; budget annuel, cumulé"
          + " depuis le début ou total du projet ?",
      "Amount %s for %s: %s times the median of the other periods (%s); annual budget, cumulative"
          + " since the start or project total?"),
  VALUE_SCALE_SUSPECTED(
      Severity.WARNING,
      "Montant %s très loin de la médiane de la colonne (%s) : erreur d'échelle (milliers,"
          + " millions, milliards) ?",
      "Amount %s very far from the column's median (%s): a scale error (thousands, millions,"
          + " billions)?"),
  CURRENCY_MIXED(
      Severity.WARNING,
      "Montant en %s alors que la colonne est surtout en %s.",
      "Amount in %s while the column is mostly in %s."),
  VALUES_CONFLICT(
      Severity.WARNING,
      "« %s » pour %s en %s : %s selon %s, mais %s selon %s.",
      "\"%s\" for %s in %s: %s according to %s, but %s according to %s."),
  BUDGET_TRANSFER_MISMATCH(
      Severity.WARNING,
      "Budget %s différent de bénéficiaires × transfert unitaire : %s × %s = %s (écart de %s %%).",
      "Budget %s differs from beneficiaries × unit transfer: %s × %s = %s (%s%% apart)."),
  IATI_LOCATION_UNPLACED(
      Severity.WARNING,
      "Activité %s : lieu « %s » non placé ; code(s) %s sans correspondance (seuls les P-codes, les"
          + " codes ISO 3166-2 et les noms des régions et départements du pays sont reconnus).",
      "Activity %s: location \"%s\" not placed; code(s) %s match nothing (only P-codes, ISO 3166-2"
          + " codes and names of the country's regions and departments are recognised).");

  private final Severity severity;
  private final String templateFr;
  private final String templateEn;

  IssueCode(Severity severity, String templateFr, String templateEn) {
    this.severity = severity;
    this.templateFr = templateFr;
    this.templateEn = templateEn;
  }

  public Severity severity() {
    return severity;
  }

  public String messageFr(Object... args) {
    return String.format(java.util.Locale.FRENCH, templateFr, args);
  }

  public String messageEn(Object... args) {
    return String.format(java.util.Locale.ENGLISH, templateEn, args);
  }
}
