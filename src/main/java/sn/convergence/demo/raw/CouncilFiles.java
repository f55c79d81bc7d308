package sn.convergence.demo.raw;

import static sn.convergence.demo.raw.Col.*;

import java.math.BigDecimal;
import java.util.List;
import sn.convergence.demo.DemoCodes;
import sn.convergence.demo.DemoCoverage;

/**
 * Conseils départementaux' canteen tables (demo spec, section 4): a PDF table pasted into Excel,
 * every number as French text ("22 427", "426 763 361 FCFA", "426,8 millions FCFA"), an empty
 * spacer column, the department written "Département de Matam" (problems 1 and 8 as built).
 */
final class CouncilFiles {

  private final Sources sources;

  CouncilFiles(Sources sources) {
    this.sources = sources;
  }

  List<FileSpec> build() {
    return List.of(council("SN0902", "CD-MATAM"), council("SN1401", "CD-BIGNONA"));
  }

  private FileSpec council(String pcode, String acronym) {
    String name = sources.names.name(pcode);
    FileSpec file =
        FileSpec.xlsx("CD_" + Gazetteer.withoutAccents(name) + "_cantines_2021-2025.xlsx", acronym);
    file.profile = "Conseil-departemental";
    file.budgetSeries = true;
    file.structure.add("tableau PDF collé : colonne vide intercalée, nombres en texte");
    file.structure.add("titre fusionné en tête de feuille");
    String label = sources.label("Cantines scolaires du département", DemoCodes.CANTEENS_LOCAL);
    Table table = file.table("Feuil1");
    table.titles.add("Conseil départemental de " + name + " – appui aux cantines scolaires");
    table
        .column(DEPARTMENT, "Département")
        .column(EXTRA, "")
        .column(ORGANISATION, "Partenaire")
        .column(ACTIVITY, "Programme")
        .column(PERIOD, "Année")
        .column(UNIT, "Unité")
        .column(REACHED, "Nombre")
        .column(BUDGET, "Montant");
    Draws draws = sources.draws("council-" + pcode);
    for (DemoCoverage fact :
        sources.facts(
            f ->
                f.interventionCode().equals(DemoCodes.CANTEENS_LOCAL) && f.pcode().equals(pcode))) {
      Line line =
          Line.data(
              Sources.exact(DemoCodes.CANTEENS_LOCAL, fact, fact.reached(), fact.budgetXof()));
      line.text(DEPARTMENT, "Département de " + name);
      line.mark(1, "prefix", DEPARTMENT, name);
      line.text(ORGANISATION, "Conseil départemental de " + name);
      line.text(ACTIVITY, label);
      int first = fact.periodStart().getYear();
      line.text(PERIOD, first + "-" + (first + 1));
      boolean pupils = fact.beneficiaryUnit().equals(DemoCodes.PUPILS);
      line.text(UNIT, pupils ? "élèves" : "écoles");
      line.put(
          REACHED,
          Value.numberText(
              Numbers.grouped(fact.reached(), ' '), BigDecimal.valueOf(fact.reached()), null));
      if (fact.reached() >= 1000) {
        line.mark(8, "french_text", REACHED, Long.toString(fact.reached()));
      }
      if (fact.budgetXof() != null) {
        Value budget =
            draws.chance(0.5)
                ? Value.numberText(
                    Numbers.grouped(fact.budgetXof(), ' ') + " FCFA",
                    BigDecimal.valueOf(fact.budgetXof()),
                    "XOF")
                : Numbers.millions(fact.budgetXof());
        line.put(BUDGET, budget);
        line.mark(8, "french_text", BUDGET, Long.toString(fact.budgetXof()));
      }
      table.add(line);
    }
    return file;
  }
}
