package sn.convergence.maps.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import sn.convergence.maps.DashboardData;
import sn.convergence.registry.BeneficiaryUnit;
import sn.convergence.registry.Figures;
import sn.convergence.registry.UnitPresence;
import sn.convergence.system.web.SpreadsheetSafe;

/**
 * The dashboard's tables as CSV (RFC 4180, UTF-8, header row, codes not labels so that files can be
 * joined). Text cells go through {@link SpreadsheetSafe#cell} against formula injection.
 */
final class DashboardCsv {

  private DashboardCsv() {}

  static String regions(DashboardData data) {
    List<BeneficiaryUnit> units = List.of(BeneficiaryUnit.values());
    List<String> header = new ArrayList<>(List.of("year", "pcode", "name", "interventions"));
    header.addAll(List.of("actors", "budget_xof"));
    units.forEach(u -> header.add("reached_" + u.name().toLowerCase(java.util.Locale.ROOT)));
    List<List<Object>> rows = new ArrayList<>();
    List<UnitPresence> all = new ArrayList<>(data.regions());
    all.add(data.totals());
    for (UnitPresence r : all) {
      List<Object> row =
          new ArrayList<>(
              List.of(
                  data.year(),
                  r.pcode(),
                  r.name(),
                  r.interventionCount(),
                  r.actorCount(),
                  r.budgetXof()));
      Map<BeneficiaryUnit, Figures> figures = r.beneficiaries();
      units.forEach(u -> row.add(figures.containsKey(u) ? figures.get(u).reached() : 0));
      rows.add(row);
    }
    return write(header, rows);
  }

  static String matrix(DashboardData data) {
    List<String> header = new ArrayList<>(List.of("year", "pcode", "name"));
    header.addAll(data.matrix().types());
    List<List<Object>> rows = new ArrayList<>();
    for (DashboardData.MatrixRow r : data.matrix().rows()) {
      List<Object> row = new ArrayList<>(List.of(data.year(), r.pcode(), r.name()));
      row.addAll(r.counts());
      rows.add(row);
    }
    return write(header, rows);
  }

  static String actors(DashboardData data) {
    List<List<Object>> rows = new ArrayList<>();
    int rank = 0;
    for (DashboardData.ActorPresence a : data.actors()) {
      rows.add(
          List.of(
              data.year(),
              ++rank,
              a.acronym(),
              a.name(),
              a.departments(),
              a.regions(),
              a.interventions()));
    }
    return write(
        List.of("year", "rank", "acronym", "name", "departments", "regions", "interventions"),
        rows);
  }

  private static String write(List<String> header, List<List<Object>> rows) {
    StringWriter out = new StringWriter();
    try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
      printer.printRecord(header);
      for (List<Object> row : rows) {
        printer.printRecord(
            row.stream().map(v -> v instanceof String s ? SpreadsheetSafe.cell(s) : v).toList());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
