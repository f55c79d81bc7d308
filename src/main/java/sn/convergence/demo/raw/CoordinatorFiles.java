package sn.convergence.demo.raw;

import static sn.convergence.demo.raw.Col.*;

import java.util.List;
import sn.convergence.demo.DemoCodes;
import sn.convergence.demo.DemoCoverage;

/**
 * DGPSN regional coordinators' quarterly PNBSF files (demo spec, section 4): one file per region
 * and quarter, communes grouped by department with a subtotal per department and a total, quarters
 * written "T1 2021". The platform knows no communes, so each row also names its department in its
 * own column (filled on every row) and the commune sits in a column the import leaves aside: the
 * commune rows of a department sum to the department's enrolled households, which is how the
 * national file counts them too (the overlap is problem 6).
 */
final class CoordinatorFiles {

  private final Sources sources;

  CoordinatorFiles(Sources sources) {
    this.sources = sources;
  }

  List<FileSpec> build() {
    List<FileSpec> files = new java.util.ArrayList<>();
    for (int quarter = 1; quarter <= 4; quarter++) {
      files.add(file("SN09", "Matam", 2021, quarter));
    }
    for (int quarter = 1; quarter <= 2; quarter++) {
      files.add(file("SN12", "Tambacounda", 2022, quarter));
    }
    return files;
  }

  private FileSpec file(String region, String regionName, int year, int quarter) {
    String organisation = "DGPSN – Coordination régionale de " + regionName;
    FileSpec file =
        FileSpec.xlsx(
            "Coordination_" + regionName + "_PNBSF_T" + quarter + "_" + year + ".xlsx",
            organisation);
    file.profile = "DGPSN-coordination";
    file.structure.add("titre fusionné en tête de feuille");
    file.structure.add("deux lignes d'en-tête (groupes « Localisation » et « Paiements »)");
    String label = sources.label("Bourses de sécurité familiale", DemoCodes.PNBSF);
    Table table = file.table("T" + quarter + " " + year);
    table.titles.add(
        "PNBSF – paiements du "
            + quarter
            + (quarter == 1 ? "er" : "e")
            + " trimestre "
            + year
            + " – région de "
            + regionName
            + " (DÉMO – données fictives)");
    table
        .column(REGION, "Région")
        .column(DEPARTMENT, "Département")
        .column(COMMUNE, "Commune")
        .column(ACTIVITY, "Programme")
        .column(ORGANISATION, "Structure")
        .column(PERIOD, "Trimestre")
        .column(UNIT, "Unité")
        .column(REACHED, "Ménages payés")
        .column(BUDGET, "Montant payé (FCFA)");
    table.groups.add(new Table.Group("Localisation", 0, 2));
    table.groups.add(new Table.Group("Paiements", 6, 8));
    Draws draws = sources.draws("coordination-" + region + "-" + year);
    for (DemoCoverage fact : facts(region, year)) {
      List<String> communes = Communes.of(fact.pcode());
      long[] households = draws.split(fact.reached(), communes.size());
      long[] amounts = draws.split(Math.round(fact.budgetXof() / 4.0), communes.size());
      for (int i = 0; i < communes.size(); i++) {
        Line line = Line.data(Sources.part(DemoCodes.PNBSF, fact, households[i], amounts[i]));
        line.text(REGION, regionName);
        line.text(DEPARTMENT, sources.names.name(fact.pcode()));
        line.text(COMMUNE, communes.get(i));
        line.text(ACTIVITY, label);
        line.text(ORGANISATION, organisation);
        line.text(PERIOD, "T" + quarter + " " + year);
        line.text(UNIT, "ménages");
        line.put(REACHED, Value.number(households[i]));
        line.put(BUDGET, Value.number(amounts[i]));
        table.add(line);
      }
      table
          .add(new Line(Line.Kind.SUBTOTAL, null))
          .text(COMMUNE, "Sous-total " + sources.names.name(fact.pcode()));
    }
    table.add(new Line(Line.Kind.TOTAL, null)).text(COMMUNE, "TOTAL RÉGION");
    return file;
  }

  private List<DemoCoverage> facts(String region, int year) {
    return sources.facts(DemoCodes.PNBSF, DemoCodes.HOUSEHOLDS).stream()
        .filter(f -> f.periodStart().getYear() == year)
        .filter(f -> region.equals(sources.names.region(f.pcode())))
        .toList();
  }
}
