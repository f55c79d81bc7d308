package sn.convergence.demo.raw;

import static sn.convergence.demo.raw.Col.*;

import java.util.List;
import java.util.Map;
import sn.convergence.demo.DemoCodes;
import sn.convergence.demo.DemoCoverage;

/**
 * The school-canteen division's yearly CSV (MEN-DCaS, demo spec, section 4): semicolon-separated
 * with decimal commas, one file per school year written "2019-2020", places by school inspectorate
 * (IEF, named after its department) with the region's P-code, one row per partner, department and
 * indicator (pupils or schools). The three years are saved in Windows-1252, in UTF-8 with a BOM,
 * and once garbled (UTF-8 read as Latin-1 and saved again, problem 2).
 */
final class CanteenFiles {

  private static final Map<String, String> PARTNERS =
      Map.of(
          DemoCodes.CANTEENS_WFP, "PAM",
          DemoCodes.CANTEENS_USDA, "Counterpart International",
          DemoCodes.CANTEENS_GPE, "GPE/AFD",
          DemoCodes.CANTEENS_LOCAL, "Conseil départemental");

  private static final Map<String, String> LABELS =
      Map.of(
          DemoCodes.CANTEENS_WFP, "Cantines scolaires - PAM",
          DemoCodes.CANTEENS_USDA, "Cantines scolaires - USDA (Counterpart)",
          DemoCodes.CANTEENS_GPE, "Cantines COVID-19 GPE/AFD",
          DemoCodes.CANTEENS_LOCAL, "Cantines du conseil départemental");

  private final Sources sources;

  CanteenFiles(Sources sources) {
    this.sources = sources;
  }

  List<FileSpec> build() {
    return List.of(
        year(2019, PartnerFile.TextEncoding.WINDOWS_1252),
        year(2020, PartnerFile.TextEncoding.UTF8_BOM),
        year(2021, PartnerFile.TextEncoding.MOJIBAKE));
  }

  private FileSpec year(int first, PartnerFile.TextEncoding encoding) {
    String schoolYear = first + "-" + (first + 1);
    FileSpec file = FileSpec.csv("MEN-DCaS_cantines_" + schoolYear + ".csv", "MEN-DCaS", ';');
    file.encoding = encoding;
    file.profile = "MEN-DCaS";
    Table table = file.table(file.name);
    table
        .column(REGION_CODE, "Code région")
        .column(REGION, "Région")
        .column(DEPARTMENT, "IEF")
        .column(ORGANISATION, "Partenaire")
        .column(ACTIVITY, "Programme")
        .column(PERIOD, "Année scolaire")
        .column(UNIT, "Indicateur")
        .column(REACHED, "Valeur")
        .column(BUDGET, "Coût (FCFA)")
        .column(EXTRA, "Jours de repas (moy.)");
    String label = first + "/" + (first + 1);
    Draws draws = sources.draws("men-" + first);
    List<DemoCoverage> facts =
        sources.facts(
            f -> f.periodLabel().equals(label) && PARTNERS.containsKey(f.interventionCode()));
    facts =
        facts.stream()
            .sorted(
                java.util.Comparator.comparing(DemoCoverage::pcode)
                    .thenComparing(DemoCoverage::interventionCode)
                    .thenComparing(DemoCoverage::beneficiaryUnit))
            .toList();
    for (DemoCoverage fact : facts) {
      String code = fact.interventionCode();
      String partner = PARTNERS.get(code);
      if (code.equals(DemoCodes.CANTEENS_LOCAL)) {
        partner = "Conseil départemental de " + sources.names.name(fact.pcode());
      }
      String region = sources.names.region(fact.pcode());
      Line line = Line.data(Sources.exact(code, fact, fact.reached(), fact.budgetXof()));
      line.text(REGION_CODE, region);
      line.text(REGION, sources.names.name(region));
      line.text(DEPARTMENT, sources.names.name(fact.pcode()));
      line.text(ORGANISATION, partner);
      line.text(ACTIVITY, sources.label(LABELS.get(code), code));
      line.text(PERIOD, schoolYear);
      boolean pupils = fact.beneficiaryUnit().equals(DemoCodes.PUPILS);
      line.text(UNIT, pupils ? "élèves" : "écoles");
      line.put(REACHED, Value.number(fact.reached()));
      if (fact.budgetXof() != null) {
        line.put(
            BUDGET,
            Value.numberText(
                fact.budgetXof() + ",00", java.math.BigDecimal.valueOf(fact.budgetXof()), null));
      }
      line.text(EXTRA, pupils ? draws.intBetween(120, 180) + "," + draws.intBetween(0, 9) : "");
      table.add(line);
    }
    return file;
  }
}
