package sn.convergence.demo.raw;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The French README.txt written next to the exported partner files. Pure. */
final class ExportReadme {

  /** The problems of the demo spec, section 6, by number. */
  static final List<String> PROBLEMS =
      List.of(
          "variantes de noms de départements et régions (alias, accents, capitales, préfixes,"
              + " espaces insécables)",
          "texte mal encodé (UTF-8 relu en Latin-1), un fichier",
          "mauvais niveau (département dans la colonne région, région ou commune dans la colonne"
              + " département)",
          "mauvais parent (département sous une région voisine, Keur Massar avant sa création)",
          "clés manquantes ou mélangées (année vide, région vide, code sans préfixe ou code ANSD)",
          "doublons entre partenaires (même opération déclarée par deux fichiers)",
          "unités mélangées (personnes au lieu de ménages, « bénéficiaires », personnes au lieu de"
              + " participants)",
          "nombres en texte et formats français (12 487, 12.487, 1,2 milliard, FCFA, ~3000, n.d.)",
          "dates de formats différents dans une même feuille",
          "particularités Excel (lignes de total, erreurs de formule, notation scientifique,"
              + " apostrophe, « 4-5 » devenu une date, Windows-1252)",
          "totaux incohérents (sous-total différent de la somme des lignes, montant payé différent"
              + " de ménages × montant unitaire)",
          "type de budget ambigu (cumul depuis le début ou total du projet dans une colonne"
              + " annuelle)",
          "devise ou échelle mélangée (USD dans une colonne en FCFA, millions ou milliers non"
              + " dits)",
          "valeurs hors limites (nombre négatif, servis au-delà des ciblés, taux 482 %)",
          "valeurs contradictoires pour un même fait entre deux sources",
          "agrégats de plusieurs unités (« Bakel/Goudiry »)",
          "texte libre dans une cellule numérique (« voir rapport », « en cours »)");

  private ExportReadme() {}

  static String text(RawLayer layer) {
    StringBuilder text = new StringBuilder();
    text.append("JEU DE DÉMONSTRATION CONVERGENCE – FICHIERS BRUTS DES PARTENAIRES\n");
    text.append("DÉMO – données fictives\n\n");
    text.append(
        "Ces fichiers imitent ce que les partenaires envoient (DGPSN, coordinations régionales,"
            + " PAM, Oxfam/La Lumière, MEN-DCaS, ONG, conseils départementaux). Ils sont tirés de"
            + " la couche « vérité » du jeu de démonstration (graine "
            + layer.seed()
            + ") avec des problèmes de qualité injectés volontairement, chacun noté dans"
            + " noise_log.csv. Les chiffres sont fictifs ; les noms de programmes, d'acteurs et de"
            + " lieux sont réels, les noms de villages sont inventés.\n\n");
    text.append("FICHIERS (").append(layer.files().size()).append(")\n");
    Map<String, Long> rows =
        layer.truths().stream()
            .collect(Collectors.groupingBy(RowTruth::file, TreeMap::new, Collectors.counting()));
    for (PartnerFile file : layer.files()) {
      text.append("- ")
          .append(file.name())
          .append(" : ")
          .append(rows.getOrDefault(file.name(), 0L))
          .append(" lignes de données");
      if (file.profile() != null) {
        text.append(", profil de colonnes « ").append(file.profile()).append(" »");
      }
      if (file.format() == PartnerFile.Format.CSV) {
        text.append(", séparateur « ")
            .append(file.separator())
            .append(" », ")
            .append(encoding(file.encoding()));
      }
      text.append('\n');
    }
    text.append("\nAUTRES FICHIERS\n");
    text.append(
        "- noise_log.csv : un problème injecté par ligne (fichier, feuille, ligne, colonne,"
            + " numéro du problème, nature, valeur vraie, valeur écrite). Pour un CSV, la"
            + " feuille est le nom du fichier ; la ligne 0 concerne le fichier entier. Les"
            + " valeurs commençant par = + - @ y sont précédées d'une apostrophe.\n");
    text.append(
        "- profils_colonnes.csv : les en-têtes que l'import ne connaît pas d'office, à enregistrer"
            + " une fois comme profils (profil, en-tête, champ) : page Imports > Profils de"
            + " colonnes > Charger des profils, ou option --profiles de la commande import ;"
            + " choisissez ensuite le profil indiqué ci-dessus au chargement de chaque fichier.\n");
    text.append(
        "- operations.csv : l'intervention que désigne chaque intitulé d'activité (ce qu'un"
            + " gestionnaire confirme une fois sur la page d'un import : « Confirmer une"
            + " correspondance », nature « Intervention »).\n\n");
    text.append("PROBLÈMES INJECTÉS (spécification du jeu de démonstration, section 6)\n");
    Map<Integer, Long> counts =
        layer.noise().stream()
            .collect(
                Collectors.groupingBy(NoiseEntry::problem, TreeMap::new, Collectors.counting()));
    for (int problem = 1; problem <= PROBLEMS.size(); problem++) {
      text.append(
          String.format(
              "%2d. %s : %d%n",
              problem, PROBLEMS.get(problem - 1), counts.getOrDefault(problem, 0L)));
    }
    text.append("\nREMARQUES\n");
    text.append(
        "- Les fichiers des coordinations régionales sont par commune et par trimestre : la"
            + " géographie de la plateforme s'arrête au département, donc chaque ligne donne aussi"
            + " son département ; la colonne Commune n'est pas importée.\n");
    text.append(
        "- Les montants du PAM sont en dollars US (colonne « Amount (USD) »), convertis au taux"
            + " de démonstration de l'année (par exemple 2022 : "
            + WfpFiles.USD_RATE.get(2022)
            + " FCFA pour 1 USD).\n");
    text.append("- Les MEN-DCaS écrivent l'IEF (inspection) au nom de son département.\n");
    return text.toString();
  }

  private static String encoding(PartnerFile.TextEncoding encoding) {
    return switch (encoding) {
      case UTF8 -> "UTF-8";
      case UTF8_BOM -> "UTF-8 avec BOM";
      case WINDOWS_1252 -> "Windows-1252";
      case MOJIBAKE -> "UTF-8 au texte mal encodé";
    };
  }
}
