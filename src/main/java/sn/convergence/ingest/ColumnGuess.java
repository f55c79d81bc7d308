package sn.convergence.ingest;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import sn.convergence.geography.NameNormalizer;

/**
 * A field proposed for a header that neither a tag nor a profile maps, for the user to confirm:
 * first the field the saved profiles give this header most often, else a word of the header that
 * names a field ("servis", "payés" → reached; "FCFA", "montant" → budget; "IEF" → department...). A
 * unit transfer ("Montant unitaire", "par ménage") wins over a budget, money words over count words
 * ("Valeur des kits (FCFA)" is a budget). Pure.
 */
public final class ColumnGuess {

  /** Words in the order they are tried, each with the field it names. */
  private static final List<Map.Entry<Set<String>, Field>> WORDS =
      List.of(
          Map.entry(
              Set.of(
                  "unitaire",
                  "transfert",
                  "transfer",
                  "par menage",
                  "par beneficiaire",
                  "per household",
                  "per beneficiary"),
              Field.UNIT_TRANSFER),
          Map.entry(
              Set.of(
                  "fcfa", "xof", "cfa", "usd", "eur", "montant", "budget", "cout", "amount",
                  "cost"),
              Field.VALUE),
          Map.entry(
              Set.of(
                  "cible", "cibles", "ciblees", "prevus", "prevu", "target", "targeted", "planned"),
              Field.TARGETED),
          Map.entry(
              Set.of(
                  "servis",
                  "payes",
                  "paye",
                  "atteints",
                  "atteint",
                  "realise",
                  "inscrits",
                  "beneficiaires",
                  "participants",
                  "reached",
                  "served",
                  "paid",
                  "nombre",
                  "valeur"),
              Field.REACHED),
          Map.entry(
              Set.of("commune", "communes", "village", "villages", "localite", "site"),
              Field.PLACE),
          Map.entry(Set.of("departement", "ief", "department"), Field.ADM2_NAME),
          Map.entry(Set.of("region", "province"), Field.ADM1_NAME),
          Map.entry(
              Set.of(
                  "annee",
                  "periode",
                  "trimestre",
                  "saison",
                  "mois",
                  "campagne",
                  "year",
                  "period",
                  "quarter",
                  "season",
                  "month"),
              Field.PERIOD),
          Map.entry(
              Set.of(
                  "structure",
                  "partenaire",
                  "organisation",
                  "organization",
                  "acteur",
                  "operateur",
                  "partner"),
              Field.ORGANISATION),
          Map.entry(
              Set.of(
                  "programme",
                  "projet",
                  "activite",
                  "intervention",
                  "program",
                  "project",
                  "activity"),
              Field.ACTIVITY),
          Map.entry(Set.of("unite", "indicateur", "unit", "indicator"), Field.UNIT),
          Map.entry(Set.of("statut", "etat", "status"), Field.STATUS),
          Map.entry(Set.of("source", "reference"), Field.SOURCE));

  private final Map<String, Map<Field, Integer>> saved = new HashMap<>();

  /** Learns from the headers the saved profiles map. */
  public ColumnGuess(List<SavedProfile> profiles) {
    for (SavedProfile profile : profiles) {
      profile
          .headers()
          .forEach(
              (header, field) ->
                  saved
                      .computeIfAbsent(ColumnProfile.key(header), k -> new HashMap<>())
                      .merge(field, 1, Integer::sum));
    }
  }

  /** The field proposed for this header, if any. */
  public Optional<Field> of(String header) {
    Map<Field, Integer> votes = saved.get(ColumnProfile.key(header));
    if (votes != null) {
      return votes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
    }
    String words = " " + NameNormalizer.normalize(header == null ? "" : header) + " ";
    for (Map.Entry<Set<String>, Field> rule : WORDS) {
      for (String word : rule.getKey()) {
        if (words.contains(" " + word + " ")) {
          return Optional.of(rule.getValue());
        }
      }
    }
    return Optional.empty();
  }
}
