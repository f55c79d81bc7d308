package sn.convergence.demo.raw;

import static sn.convergence.demo.raw.Col.*;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import sn.convergence.demo.DemoCodes;
import sn.convergence.demo.DemoCoverage;

/**
 * WFP's exports (demo spec, section 4): comma-separated CSV with English headers and an HXL hashtag
 * row, people rather than households, amounts in US dollars, ISO dates, and some departments
 * reported together in one cell ("Bakel/Goudiry", problem 16).
 */
final class WfpFiles {

  static final String WFP = "WFP";

  /** Department pairs WFP reports together in its school-feeding file. */
  static final List<List<String>> GROUPS =
      List.of(
          List.of("SN1201", "SN1202"),
          List.of("SN0901", "SN0903"),
          List.of("SN0601", "SN0602"),
          List.of("SN0701", "SN0703"),
          List.of("SN1101", "SN1103"));

  /**
   * The demo's yearly USD rate (XOF per dollar): fixed demonstration values, of the right order of
   * magnitude, not official rates.
   */
  static final Map<Integer, Integer> USD_RATE =
      Map.ofEntries(
          Map.entry(2013, 494),
          Map.entry(2014, 494),
          Map.entry(2015, 591),
          Map.entry(2016, 593),
          Map.entry(2017, 582),
          Map.entry(2018, 555),
          Map.entry(2019, 586),
          Map.entry(2020, 575),
          Map.entry(2021, 554),
          Map.entry(2022, 623),
          Map.entry(2023, 606),
          Map.entry(2024, 610),
          Map.entry(2025, 600));

  private final Sources sources;

  WfpFiles(Sources sources) {
    this.sources = sources;
  }

  List<FileSpec> build() {
    return List.of(leanSeason(), schoolFeeding(), resilience());
  }

  private FileSpec leanSeason() {
    FileSpec file = file("WFP_SEN_lean_season_response_2013-2025.csv");
    Table table = table(file);
    String label = sources.label("Lean season response", DemoCodes.LEAN_WFP);
    String joint = sources.label("Joint lean season response (DGPSN/WFP)", Sources.JOINT_OPERATION);
    for (DemoCoverage fact : sources.facts(DemoCodes.LEAN_WFP, DemoCodes.PEOPLE)) {
      boolean isJoint = fact.operationKey() != null;
      String operation = isJoint ? Sources.JOINT_OPERATION : DemoCodes.LEAN_WFP;
      table.add(
          line(
              Sources.exact(operation, fact, fact.reached(), fact.budgetXof()),
              isJoint ? joint : label,
              List.of(fact),
              "people"));
    }
    return file;
  }

  private FileSpec schoolFeeding() {
    FileSpec file = file("WFP_SEN_school_feeding_2018-2020.csv");
    Table table = table(file);
    String label = sources.label("School feeding", DemoCodes.CANTEENS_WFP);
    for (String schoolYear : List.of("2018/2019", "2019/2020")) {
      for (String unit : List.of(DemoCodes.PUPILS, DemoCodes.SCHOOLS)) {
        Map<String, DemoCoverage> facts = new LinkedHashMap<>();
        sources.facts(DemoCodes.CANTEENS_WFP, unit).stream()
            .filter(f -> f.periodLabel().equals(schoolYear))
            .forEach(f -> facts.put(f.pcode(), f));
        for (List<String> group : GROUPS) {
          if (facts.keySet().containsAll(group)) {
            List<DemoCoverage> members = group.stream().map(facts::remove).toList();
            Line line =
                line(
                    Sources.aggregate(DemoCodes.CANTEENS_WFP, group, members),
                    label,
                    members,
                    unitName(unit));
            line.mark(16, "multi_unit", DEPARTMENT, groupTruth(members));
            table.add(line);
          }
        }
        for (DemoCoverage fact : facts.values()) {
          table.add(
              line(
                  Sources.exact(DemoCodes.CANTEENS_WFP, fact, fact.reached(), fact.budgetXof()),
                  label,
                  List.of(fact),
                  unitName(unit)));
        }
      }
    }
    return file;
  }

  private FileSpec resilience() {
    FileSpec file = file("WFP_SEN_R4_rural_resilience_2019-2020.csv");
    Table table = table(file);
    String label = sources.label("R4 Rural Resilience Initiative", DemoCodes.R4);
    for (DemoCoverage fact :
        sources.facts(
            f ->
                f.interventionCode().equals(DemoCodes.R4)
                    && (f.periodLabel().equals("2019S") || f.periodLabel().equals("2020S")))) {
      String unit =
          fact.beneficiaryUnit().equals(DemoCodes.PARTICIPANTS)
              ? "participants"
              : "insured farmers";
      table.add(
          line(
              Sources.exact(DemoCodes.R4, fact, fact.reached(), fact.budgetXof()),
              label,
              List.of(fact),
              unit));
    }
    return file;
  }

  private static FileSpec file(String name) {
    FileSpec file = FileSpec.csv(name, WFP, ',');
    file.structure.add("ligne de hashtags HXL sous les en-têtes anglais");
    return file;
  }

  private static Table table(FileSpec file) {
    Table table = file.table(file.name);
    table.tagged = true;
    table
        .column(ORGANISATION, "Organization", "#org")
        .column(ACTIVITY, "Activity", "#activity")
        .column(REGION, "Admin1", "#adm1 +name")
        .column(DEPARTMENT, "Admin2", "#adm2 +name")
        .column(START, "Start date", "#date +start")
        .column(END, "End date", "#date +end")
        .column(REACHED, "Reached", "#reached")
        .column(UNIT, "Unit", "#unit")
        .column(BUDGET, "Amount (USD)", "#value +usd");
    return table;
  }

  private Line line(Truth truth, String label, List<DemoCoverage> facts, String unit) {
    DemoCoverage first = facts.get(0);
    Line line = Line.data(truth);
    line.text(ORGANISATION, WFP);
    line.text(ACTIVITY, label);
    line.text(REGION, sources.names.name(sources.names.region(first.pcode())));
    line.text(
        DEPARTMENT,
        String.join("/", facts.stream().map(f -> sources.names.name(f.pcode())).toList()));
    line.text(START, iso(first.periodStart()));
    line.text(END, iso(first.periodEnd()));
    line.put(REACHED, Value.number(truth.reached()));
    line.text(UNIT, unit);
    if (truth.budgetXof() != null) {
      line.put(BUDGET, Value.number(usd(truth.budgetXof(), first.periodStart().getYear())));
    }
    return line;
  }

  /** An amount in XOF converted at the demo's rate of the year, in dollars and cents. */
  static double usd(long xof, int year) {
    return BigDecimal.valueOf(xof)
        .divide(BigDecimal.valueOf(USD_RATE.get(year)), 2, RoundingMode.HALF_UP)
        .doubleValue();
  }

  private String groupTruth(List<DemoCoverage> members) {
    List<String> parts = new ArrayList<>();
    for (DemoCoverage member : members) {
      parts.add(sources.names.name(member.pcode()) + ": " + member.reached());
    }
    return String.join("; ", parts);
  }

  private static String unitName(String unit) {
    return unit.equals(DemoCodes.PUPILS) ? "pupils" : "schools";
  }

  private static String iso(LocalDate date) {
    return date.toString();
  }
}
