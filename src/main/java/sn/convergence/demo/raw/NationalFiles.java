package sn.convergence.demo.raw;

import static sn.convergence.demo.raw.Col.*;

import java.time.Month;
import java.util.List;
import java.util.function.Function;
import sn.convergence.demo.DemoCodes;
import sn.convergence.demo.DemoCoverage;

/**
 * Government files by department (demo spec, section 4, "DGPSN national"): the PNBSF national
 * situation, one sheet per year, names in capitals without accents, regions merged down, subtotals
 * and a total; and in the same family the 2022 exceptional transfers (with the amount per
 * household, so that budget = households × unit transfer), Yokk Koom Koom, the RNU, the 2020
 * COVID-19 food kits (MDCEST/CSA) and the DGPSN's 2022 lean-season response.
 */
final class NationalFiles {

  static final String DGPSN = "DGPSN";
  private static final String REPUBLIC =
      "RÉPUBLIQUE DU SÉNÉGAL – DÉLÉGATION GÉNÉRALE À LA PROTECTION SOCIALE ET À LA SOLIDARITÉ"
          + " NATIONALE";
  private static final String DEMO = "DÉMO – données fictives";

  private final Sources sources;
  private final DepartmentRows rows;

  NationalFiles(Sources sources) {
    this.sources = sources;
    this.rows = new DepartmentRows(sources);
  }

  List<FileSpec> build() {
    return List.of(
        pnbsf(2019, 2021),
        pnbsf(2022, 2024),
        exceptionalTransfers(),
        yokkKoomKoom(),
        registry(),
        covidKits(),
        leanSeason());
  }

  private FileSpec pnbsf(int from, int to) {
    FileSpec file = FileSpec.xlsx("DGPSN_PNBSF_situation_" + from + "-" + to + ".xlsx", DGPSN);
    file.profile = "DGPSN";
    file.budgetSeries = true;
    file.structure.add("titres fusionnés sur trois lignes en tête de chaque feuille");
    file.structure.add("colonne RÉGION fusionnée verticalement sur les départements");
    file.structure.add("colonne masquée CODE INTERNE");
    String label = sources.label("PNBSF", DemoCodes.PNBSF);
    DepartmentRows.Style style =
        new DepartmentRows.Style(
            label, DGPSN, "ménages", year(), true, true, true, "TOTAL GÉNÉRAL");
    for (int year = from; year <= to; year++) {
      Table table = file.table(String.valueOf(year));
      table.titles.addAll(
          List.of(REPUBLIC, "PNBSF – SITUATION DES MÉNAGES BÉNÉFICIAIRES – ANNÉE " + year, DEMO));
      columns(table, true, "MÉNAGES BÉNÉFICIAIRES", "MONTANT PAYÉ (FCFA)");
      table.column(HIDDEN, "CODE INTERNE");
      int y = year;
      rows.add(
          table,
          sources.facts(DemoCodes.PNBSF, DemoCodes.HOUSEHOLDS).stream()
              .filter(f -> f.periodStart().getYear() == y)
              .toList(),
          style);
    }
    return file;
  }

  private FileSpec exceptionalTransfers() {
    FileSpec file = FileSpec.xlsx("DGPSN_transferts_exceptionnels_2022.xlsx", DGPSN);
    file.profile = "DGPSN";
    file.structure.add("titres fusionnés en tête de feuille");
    String label = sources.label("Transferts monétaires exceptionnels 2022", DemoCodes.CASH_2022);
    Table table = file.table("TME 2022");
    table.titles.addAll(List.of(REPUBLIC, "Transferts monétaires exceptionnels 2022", DEMO));
    columns(table, false, "Ménages bénéficiaires", "Montant payé (FCFA)");
    table.column(UNIT_TRANSFER, "Montant unitaire (FCFA)");
    rows.add(
        table,
        sources.facts(DemoCodes.CASH_2022, DemoCodes.HOUSEHOLDS),
        new DepartmentRows.Style(label, DGPSN, "ménages", year(), false, false, false, "TOTAL"));
    return file;
  }

  private FileSpec yokkKoomKoom() {
    FileSpec file = FileSpec.xlsx("DGPSN_PAPSA_YokkKoomKoom_2021-2023.xlsx", "DGPSN/PAPSA");
    file.profile = "DGPSN";
    file.budgetSeries = true;
    file.structure.add("titres fusionnés en tête de chaque feuille");
    file.structure.add("deux lignes d'en-tête (groupes « Localisation » et « Réalisations »)");
    String label = sources.label("Yokk Koom Koom", DemoCodes.YKK);
    DepartmentRows.Style style =
        new DepartmentRows.Style(
            label, "DGPSN/PAPSA", "ménages", year(), false, false, false, "Total");
    for (int year = 2021; year <= 2023; year++) {
      Table table = file.table("YKK " + year);
      table.titles.addAll(List.of(REPUBLIC, "Yokk Koom Koom – ménages appuyés en " + year, DEMO));
      columns(table, false, "Ménages bénéficiaires", "Montant (FCFA)");
      table.groups.add(new Table.Group("Localisation", 1, 2));
      table.groups.add(new Table.Group("Réalisations", 6, 8));
      int y = year;
      rows.add(
          table,
          sources.facts(DemoCodes.YKK, DemoCodes.HOUSEHOLDS).stream()
              .filter(f -> f.periodStart().getYear() == y)
              .toList(),
          style);
    }
    return file;
  }

  private FileSpec registry() {
    FileSpec file = FileSpec.xlsx("DGPSN_DRNU_RNU_2022-2023.xlsx", "DGPSN/DRNU");
    file.profile = "DGPSN";
    file.structure.add("titres fusionnés en tête de chaque feuille");
    String label = sources.label("Registre national unique (RNU)", DemoCodes.RNU);
    DepartmentRows.Style style =
        new DepartmentRows.Style(
            label, "DGPSN/DRNU", "ménages", year(), false, false, false, "TOTAL");
    for (int year = 2022; year <= 2023; year++) {
      Table table = file.table("RNU au 31-12-" + year);
      table.titles.addAll(List.of(REPUBLIC, "Ménages inscrits au RNU au 31 décembre " + year));
      table
          .column(ROW_NUMBER, "N°")
          .column(REGION, "Région")
          .column(DEPARTMENT, "Département")
          .column(ACTIVITY, "Programme")
          .column(ORGANISATION, "Structure")
          .column(PERIOD, "Année")
          .column(UNIT, "Unité")
          .column(REACHED, "Ménages inscrits");
      int y = year;
      rows.add(
          table,
          sources.facts(DemoCodes.RNU, DemoCodes.HOUSEHOLDS).stream()
              .filter(f -> f.periodStart().getYear() == y)
              .toList(),
          style);
    }
    return file;
  }

  private FileSpec covidKits() {
    FileSpec file = FileSpec.xlsx("MDCEST_CSA_kits_alimentaires_COVID19_2020.xlsx", "MDCEST");
    file.profile = "MDCEST-CSA";
    file.structure.add("titres fusionnés en tête de feuille");
    file.structure.add("colonne masquée Code magasin CSA");
    String label = sources.label("Kits alimentaires COVID-19", DemoCodes.COVID_KITS);
    Table table = file.table("Distribution 2020");
    table.titles.addAll(
        List.of(
            "MINISTÈRE DU DÉVELOPPEMENT COMMUNAUTAIRE – COMMISSARIAT À LA SÉCURITÉ"
                + " ALIMENTAIRE",
            "Bilan de la distribution des kits alimentaires COVID-19",
            DEMO));
    table
        .column(ROW_NUMBER, "N°")
        .column(REGION, "Région")
        .column(DEPARTMENT, "Département")
        .column(ACTIVITY, "Programme")
        .column(ORGANISATION, "Structure")
        .column(PERIOD, "Année")
        .column(UNIT, "Unité")
        .column(TARGETED, "Ménages ciblés")
        .column(REACHED, "Ménages servis")
        .column(BUDGET, "Valeur des kits (FCFA)")
        .column(HIDDEN, "Code magasin CSA");
    rows.add(
        table,
        sources.facts(DemoCodes.COVID_KITS, DemoCodes.HOUSEHOLDS),
        new DepartmentRows.Style(
            label, "MDCEST/CSA", "ménages", year(), false, false, false, "TOTAL"));
    return file;
  }

  private FileSpec leanSeason() {
    FileSpec file = FileSpec.xlsx("DGPSN_reponse_soudure_2022.xlsx", DGPSN);
    file.structure.add("titres fusionnés en tête de chaque feuille");
    String label = sources.label("Réponse à la soudure", DemoCodes.LEAN_DGPSN);
    String joint =
        sources.label(
            "Réponse à la soudure – opération conjointe DGPSN/PAM", Sources.JOINT_OPERATION);
    List<DemoCoverage> facts =
        sources.facts(
            f ->
                f.interventionCode().equals(DemoCodes.LEAN_DGPSN)
                    && f.periodStart().getYear() == 2022);
    Table quarter = file.table("Soudure 2022");
    quarter.titles.addAll(List.of(REPUBLIC, "Réponse à la soudure 2022 (juillet-septembre)", DEMO));
    leanColumns(quarter);
    rows.add(
        quarter,
        facts.stream().filter(f -> f.operationKey() == null).toList(),
        new DepartmentRows.Style(
            label, DGPSN, "ménages", f -> Value.text("T3 2022"), false, false, false, "TOTAL"));
    Table months = file.table("Opération conjointe");
    months.titles.addAll(List.of(REPUBLIC, "Opération conjointe DGPSN/PAM – tranches mensuelles"));
    leanColumns(months);
    rows.add(
        months,
        facts.stream().filter(f -> f.operationKey() != null).toList(),
        new DepartmentRows.Style(
            joint, DGPSN, "ménages", NationalFiles::monthName, false, false, false, null));
    return file;
  }

  private static void leanColumns(Table table) {
    table
        .column(ROW_NUMBER, "N°")
        .column(REGION, "Région")
        .column(DEPARTMENT, "Département")
        .column(ACTIVITY, "Programme")
        .column(ORGANISATION, "Organisation")
        .column(PERIOD, "Période")
        .column(UNIT, "Unité")
        .column(REACHED, "Ménages atteints")
        .column(BUDGET, "Montant");
  }

  private static void columns(Table table, boolean capitals, String reached, String budget) {
    table
        .column(ROW_NUMBER, "N°")
        .column(REGION, capitals ? "RÉGION" : "Région")
        .column(DEPARTMENT, capitals ? "DÉPARTEMENT" : "Département")
        .column(ACTIVITY, capitals ? "PROGRAMME" : "Programme")
        .column(ORGANISATION, capitals ? "STRUCTURE" : "Structure")
        .column(PERIOD, capitals ? "ANNÉE" : "Année")
        .column(UNIT, capitals ? "UNITÉ" : "Unité")
        .column(REACHED, reached)
        .column(BUDGET, budget);
  }

  private static Function<DemoCoverage, Value> year() {
    return f -> Value.number(f.periodStart().getYear());
  }

  private static Value monthName(DemoCoverage fact) {
    Month month = fact.periodStart().getMonth();
    String name = month == Month.JULY ? "juillet" : month == Month.AUGUST ? "août" : "mois";
    return Value.text(name + " " + fact.periodStart().getYear());
  }
}
