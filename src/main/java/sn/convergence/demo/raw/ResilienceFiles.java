package sn.convergence.demo.raw;

import static sn.convergence.demo.raw.Col.*;

import java.util.ArrayList;
import java.util.List;
import sn.convergence.demo.DemoCodes;
import sn.convergence.demo.DemoCoverage;

/**
 * Oxfam America and La Lumière's R4 files (demo spec, section 4): one workbook per agricultural
 * season written "campagne 2015" or "hivernage 2018", participants by village, with their commune
 * and department; the villages of a department sum to its participants.
 */
final class ResilienceFiles {

  static final String ORGANISATION = "Oxfam America / La Lumière";

  private final Sources sources;

  ResilienceFiles(Sources sources) {
    this.sources = sources;
  }

  List<FileSpec> build() {
    List<FileSpec> files = new ArrayList<>();
    files.add(season(2015, "campagne"));
    for (int year : List.of(2018, 2020, 2021)) {
      files.add(season(year, "hivernage"));
    }
    return files;
  }

  private FileSpec season(int year, String word) {
    String season = word + " " + year;
    FileSpec file =
        FileSpec.xlsx("Oxfam_LaLumiere_R4_" + word + "_" + year + ".xlsx", ORGANISATION);
    file.profile = "Oxfam-R4";
    file.structure.add("titres fusionnés et ligne vide avant les en-têtes");
    file.structure.add("colonne masquée Code village");
    String label = sources.label("R4 – Initiative de résilience rurale", DemoCodes.R4);
    Table table = file.table("Participants " + year);
    table.titles.addAll(
        List.of(
            "OXFAM AMERICA – LA LUMIÈRE",
            "Initiative R4 – participants par village – " + season,
            "DÉMO – données fictives (noms de villages fictifs)"));
    table
        .column(REGION, "Région")
        .column(DEPARTMENT, "Département")
        .column(COMMUNE, "Commune")
        .column(VILLAGE, "Village")
        .column(Col.ORGANISATION, "Partenaire de mise en œuvre")
        .column(ACTIVITY, "Programme")
        .column(PERIOD, "Saison")
        .column(UNIT, "Unité")
        .column(REACHED, "Participants")
        .column(BUDGET, "Budget activités (FCFA)")
        .column(COMMENT, "Observations")
        .column(HIDDEN, "Code village");
    Draws draws = sources.draws("r4-" + year);
    int village = 0;
    for (DemoCoverage fact :
        sources.facts(DemoCodes.R4, DemoCodes.PARTICIPANTS).stream()
            .filter(f -> f.periodStart().getYear() == year)
            .toList()) {
      int villages = draws.intBetween(2, 3);
      long[] participants = draws.split(fact.reached(), villages);
      long[] budgets = draws.split(fact.budgetXof(), villages);
      for (int i = 0; i < villages; i++) {
        Line line = Line.data(Sources.part(DemoCodes.R4, fact, participants[i], budgets[i]));
        line.text(REGION, sources.names.name(sources.names.region(fact.pcode())));
        line.text(DEPARTMENT, sources.names.name(fact.pcode()));
        line.text(COMMUNE, draws.pick(Communes.of(fact.pcode())));
        line.text(VILLAGE, Communes.VILLAGES.get(village++ % Communes.VILLAGES.size()));
        line.text(Col.ORGANISATION, ORGANISATION);
        line.text(ACTIVITY, label);
        line.text(PERIOD, season);
        line.text(UNIT, "participants");
        line.put(REACHED, Value.number(participants[i]));
        line.put(BUDGET, Value.number(budgets[i]));
        line.text(HIDDEN, "V" + (1000 + village));
        table.add(line);
      }
    }
    table.add(new Line(Line.Kind.TOTAL, null)).text(VILLAGE, "TOTAL");
    return file;
  }
}
