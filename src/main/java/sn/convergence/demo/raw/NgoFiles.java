package sn.convergence.demo.raw;

import static sn.convergence.demo.raw.Col.*;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import sn.convergence.demo.DemoCodes;
import sn.convergence.demo.DemoCoverage;

/**
 * NGOs' workbooks (demo spec, section 4): by region only, with free-text comments and a unit column
 * mixing units. Caritas reports its lean-season distributions (with an HXL row on line 8, as some
 * NGOs do), CICODEV its citizen observatories and the CMU coverage they observe, Counterpart
 * International its canteens in Saint-Louis region.
 */
final class NgoFiles {

  private static final List<String> COMMENTS =
      List.of(
          "",
          "",
          "Distribution retardée par les pluies",
          "Ciblage avec les comités villageois",
          "Chiffres provisoires",
          "",
          "Complément en nature (riz, huile)",
          "Données du rapport de fin de projet");

  /** Years where Caritas reports two regions in one row. */
  private static final List<Integer> JOINT_YEARS = List.of(2013, 2019, 2023);

  private final Sources sources;

  NgoFiles(Sources sources) {
    this.sources = sources;
  }

  List<FileSpec> build() {
    return List.of(caritas(), cicodev(), counterpart());
  }

  private FileSpec caritas() {
    FileSpec file = FileSpec.xlsx("Caritas_Senegal_soudure_2013-2025.xlsx", "CARITAS");
    file.structure.add("cinq lignes de titre et de logo, ligne de hashtags HXL en ligne 8");
    String label = sources.label("Distribution de vivres – soudure", DemoCodes.LEAN_NGO);
    Table table = file.table("Soudure");
    table.titles.addAll(
        List.of(
            "CARITAS SÉNÉGAL",
            "Programme d'urgence – réponse à la soudure",
            "Récapitulatif par région",
            "DÉMO – données fictives",
            "Source : rapports des Caritas diocésaines"));
    table.tagged = true;
    table
        .column(REGION, "Région", "#adm1 +name")
        .column(ORGANISATION, "Organisation", "#org")
        .column(ACTIVITY, "Intervention", "#activity")
        .column(PERIOD, "Période", "#date")
        .column(REACHED, "Atteints", "#reached")
        .column(UNIT, "Unité", "#unit")
        .column(BUDGET, "Montant", "#value")
        .column(COMMENT, "Observations");
    Draws draws = sources.draws("caritas");
    Map<Integer, Map<String, List<DemoCoverage>>> byYear = new TreeMap<>();
    for (DemoCoverage fact : sources.facts(DemoCodes.LEAN_NGO, DemoCodes.HOUSEHOLDS)) {
      byYear
          .computeIfAbsent(fact.periodStart().getYear(), y -> new TreeMap<>())
          .computeIfAbsent(sources.names.region(fact.pcode()), r -> new ArrayList<>())
          .add(fact);
    }
    byYear.forEach(
        (year, regions) -> {
          List<String> codes = new ArrayList<>(regions.keySet());
          if (JOINT_YEARS.contains(year) && codes.size() >= 2) {
            List<String> pair = codes.subList(0, 2);
            List<DemoCoverage> facts = new ArrayList<>(regions.get(pair.get(0)));
            facts.addAll(regions.get(pair.get(1)));
            Line line = regionLine(label, pair, facts, "T3 " + year, draws);
            line.mark(16, "multi_unit", REGION, regionTruth(pair, regions));
            table.add(line);
            codes = codes.subList(2, codes.size());
          }
          for (String region : codes) {
            table.add(regionLine(label, List.of(region), regions.get(region), "T3 " + year, draws));
          }
        });
    table.add(new Line(Line.Kind.TOTAL, null)).text(ACTIVITY, "TOTAL 2013-2025");
    return file;
  }

  private Line regionLine(
      String label, List<String> regions, List<DemoCoverage> facts, String period, Draws draws) {
    Line line = Line.data(Sources.aggregate(DemoCodes.LEAN_NGO, regions, facts));
    line.text(REGION, String.join("/", regions.stream().map(sources.names::name).toList()));
    line.text(ORGANISATION, "Caritas Sénégal");
    line.text(ACTIVITY, label);
    line.text(PERIOD, period);
    line.put(REACHED, Value.number(line.truth.reached()));
    line.text(UNIT, "ménages");
    line.put(BUDGET, Value.number(line.truth.budgetXof()));
    line.text(COMMENT, draws.pick(COMMENTS));
    return line;
  }

  private String regionTruth(List<String> pair, Map<String, List<DemoCoverage>> regions) {
    List<String> parts = new ArrayList<>();
    for (String region : pair) {
      long reached = regions.get(region).stream().mapToLong(DemoCoverage::reached).sum();
      parts.add(sources.names.name(region) + ": " + reached);
    }
    return String.join("; ", parts);
  }

  private FileSpec cicodev() {
    FileSpec file = FileSpec.xlsx("CICODEV_observatoires_citoyens_2021-2025.xlsx", "CICODEV");
    file.profile = "CICODEV";
    file.structure.add("titre fusionné en tête de feuille");
    String label =
        sources.label("Observatoires citoyens de la protection sociale", DemoCodes.CICODEV_OBS);
    String rate = sources.label("Suivi citoyen de la CMU – taux de couverture", "CMU-TAUX");
    Table table = file.table("Suivi 2021-2025");
    table.titles.addAll(
        List.of("CICODEV AFRICA – Observatoires citoyens", "DÉMO – données fictives"));
    table
        .column(REGION, "Région")
        .column(ORGANISATION, "Organisation")
        .column(ACTIVITY, "Activité")
        .column(PERIOD, "Année")
        .column(REACHED, "Valeur")
        .column(UNIT, "Unité")
        .column(COMMENT, "Commentaires")
        .column(HIDDEN, "Code observatoire");
    file.structure.add("colonne masquée Code observatoire");
    Draws draws = sources.draws("cicodev");
    Map<String, List<DemoCoverage>> byRegionYear = new TreeMap<>();
    for (DemoCoverage fact : sources.facts(DemoCodes.CICODEV_OBS, DemoCodes.REPORTS)) {
      int year = fact.periodStart().getYear();
      if (year >= 2021) {
        byRegionYear
            .computeIfAbsent(
                year + "|" + sources.names.region(fact.pcode()), k -> new ArrayList<>())
            .add(fact);
      }
    }
    Map<String, List<String>> departmentsByRegion = new LinkedHashMap<>();
    byRegionYear.forEach(
        (key, facts) -> {
          String region = key.substring(5);
          facts.forEach(
              f ->
                  departmentsByRegion
                      .computeIfAbsent(region, r -> new ArrayList<>())
                      .add(f.pcode()));
          Line line = Line.data(Sources.aggregate(DemoCodes.CICODEV_OBS, List.of(region), facts));
          line.text(REGION, sources.names.name(region));
          line.text(ORGANISATION, "CICODEV Africa");
          line.text(ACTIVITY, label);
          line.put(PERIOD, Value.number(Integer.parseInt(key.substring(0, 4))));
          line.put(REACHED, Value.number(line.truth.reached()));
          line.text(UNIT, "rapports");
          line.text(HIDDEN, "OBS-" + region);
          line.text(COMMENT, draws.pick(COMMENTS));
          table.add(line);
        });
    for (int year = 2023; year <= 2025; year++) {
      for (Map.Entry<String, List<String>> region : departmentsByRegion.entrySet()) {
        table.add(coverageRate(rate, region.getKey(), region.getValue(), year));
      }
    }
    return file;
  }

  /** The population-weighted CMU coverage of the observed departments: not a coverage fact. */
  private Line coverageRate(String label, String region, List<String> departments, int year) {
    double people = 0;
    double covered = 0;
    for (String pcode : departments.stream().distinct().toList()) {
      double population = sources.context(DemoCodes.POPULATION, pcode, year);
      people += population;
      covered += population * sources.context(DemoCodes.CMU_COVERAGE, pcode, year);
    }
    double rate = Math.round(covered / people * 10) / 10.0;
    Line line = new Line(Line.Kind.DATA, null);
    line.text(REGION, sources.names.name(region));
    line.text(ORGANISATION, "CICODEV Africa");
    line.text(ACTIVITY, label);
    line.put(PERIOD, Value.number(year));
    line.put(REACHED, Value.number(rate));
    line.text(UNIT, "%");
    line.text(COMMENT, "Taux constaté par les observatoires");
    line.text(HIDDEN, "OBS-" + region);
    return line;
  }

  private FileSpec counterpart() {
    FileSpec file = FileSpec.xlsx("Counterpart_cantines_Saint-Louis_2022-2024.xlsx", "CPI");
    file.structure.add("titre fusionné en tête de feuille");
    String label = sources.label("Cantines scolaires McGovern-Dole", DemoCodes.CANTEENS_USDA);
    Table table = file.table("Cantines");
    table.titles.addAll(
        List.of(
            "COUNTERPART INTERNATIONAL – Programme McGovern-Dole (USDA)",
            "DÉMO – données fictives"));
    table
        .column(REGION, "Région")
        .column(ORGANISATION, "Organisation")
        .column(ACTIVITY, "Programme")
        .column(PERIOD, "Année")
        .column(REACHED, "Atteints")
        .column(UNIT, "Unité")
        .column(BUDGET, "Budget")
        .column(COMMENT, "Observations");
    table.groups.add(new Table.Group("Réalisations", 4, 6));
    file.structure.add("deux lignes d'en-tête (groupe « Réalisations »)");
    for (String schoolYear : List.of("2022/2023", "2023/2024")) {
      for (String unit : List.of(DemoCodes.PUPILS, DemoCodes.SCHOOLS)) {
        List<DemoCoverage> facts =
            sources.facts(DemoCodes.CANTEENS_USDA, unit).stream()
                .filter(f -> f.periodLabel().equals(schoolYear))
                .toList();
        if (facts.isEmpty()) {
          continue;
        }
        Line line = Line.data(Sources.aggregate(DemoCodes.CANTEENS_USDA, List.of("SN10"), facts));
        line.text(REGION, "Saint-Louis");
        line.text(ORGANISATION, "Counterpart International");
        line.text(ACTIVITY, label);
        line.text(PERIOD, schoolYear.replace('/', '-'));
        line.put(REACHED, Value.number(line.truth.reached()));
        line.text(UNIT, unit.equals(DemoCodes.PUPILS) ? "élèves" : "écoles");
        if (line.truth.budgetXof() != null) {
          line.put(BUDGET, Value.number(line.truth.budgetXof()));
        }
        line.text(COMMENT, unit.equals(DemoCodes.PUPILS) ? "Repas chauds, 3 départements" : "");
        table.add(line);
      }
    }
    return file;
  }
}
