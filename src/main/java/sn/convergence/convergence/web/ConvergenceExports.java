package sn.convergence.convergence.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import sn.convergence.convergence.ConvergenceRun;
import sn.convergence.convergence.CoverageFact;
import sn.convergence.convergence.UnitInput;
import sn.convergence.convergence.UnitProfile;
import sn.convergence.convergence.UnitScores;
import sn.convergence.convergence.Zone;
import sn.convergence.geography.GeoPoint;
import sn.convergence.geography.PCode;
import sn.convergence.system.web.SpreadsheetSafe;

/**
 * The analysis as a CSV table (one row per unit; every text cell made inert for spreadsheets,
 * numbers with a dot and six decimals) and as GeoJSON points at the units' centroids (null geometry
 * where a unit has no centroid).
 */
final class ConvergenceExports {

  static final List<String> CSV_HEADER =
      List.of(
          "pcode",
          "name",
          "status",
          "class_code",
          "class_fr",
          "class_en",
          "need",
          "coverage",
          "complementarity",
          "components_present",
          "duplications",
          "gap",
          "zone",
          "interventions",
          "organisations",
          "missing");

  private ConvergenceExports() {}

  static String csv(ConvergenceRun run) {
    Map<PCode, UnitInput> inputs = inputsByUnit(run);
    Map<PCode, String> zones = zoneOfUnit(run);
    StringWriter out = new StringWriter();
    try (CSVPrinter printer =
        CSVFormat.RFC4180.builder().setHeader(CSV_HEADER.toArray(String[]::new)).get().print(out)) {
      for (UnitProfile unit : run.result().units()) {
        printer.printRecord(row(unit, inputs.get(unit.pcode()), zones.get(unit.pcode())));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static List<String> row(UnitProfile unit, UnitInput input, String zone) {
    UnitScores s = unit.scores().orElse(null);
    List<String> cells = new ArrayList<>();
    cells.add(text(unit.pcode().value()));
    cells.add(text(unit.name()));
    cells.add(unit.status().name());
    cells.add(s == null ? "" : s.unitClass().name());
    cells.add(s == null ? "" : text(s.unitClass().labelFr()));
    cells.add(s == null ? "" : text(s.unitClass().labelEn()));
    cells.add(s == null ? "" : number(s.need().value()));
    cells.add(s == null ? "" : number(s.coverage()));
    cells.add(s == null ? "" : number(s.complementarity()));
    cells.add(s == null ? "" : Long.toString(s.componentsPresent()));
    cells.add(s == null ? "" : Integer.toString(s.duplications().size()));
    cells.add(s == null ? "" : number(s.gap()));
    cells.add(zone == null ? "" : text(zone));
    TreeSet<String> interventions = new TreeSet<>();
    TreeSet<String> organisations = new TreeSet<>();
    if (input != null) {
      for (CoverageFact fact : input.coverage()) {
        interventions.add(fact.interventionCode());
        organisations.addAll(fact.organisations());
      }
    }
    cells.add(text(String.join("; ", interventions)));
    cells.add(text(String.join("; ", organisations)));
    cells.add(
        text(
            String.join(
                "; ", unit.missing().stream().map(m -> m.code() + ": " + m.detail()).toList())));
    return cells;
  }

  /** A GeoJSON FeatureCollection of points; labels in the requested language. */
  static Map<String, Object> geoJson(
      ConvergenceRun run, Map<PCode, GeoPoint> centroids, Locale locale) {
    Map<PCode, String> zones = zoneOfUnit(run);
    boolean english = "en".equals(locale.getLanguage());
    List<Map<String, Object>> features = new ArrayList<>();
    for (UnitProfile unit : run.result().units()) {
      Map<String, Object> properties = new LinkedHashMap<>();
      properties.put("pcode", unit.pcode().value());
      properties.put("name", unit.name());
      properties.put("status", unit.status().name());
      unit.scores()
          .ifPresent(
              s -> {
                properties.put("classCode", s.unitClass().name());
                properties.put(
                    "classLabel", english ? s.unitClass().labelEn() : s.unitClass().labelFr());
                properties.put("need", s.need().value());
                properties.put("coverage", s.coverage());
                properties.put("complementarity", s.complementarity());
                properties.put("duplications", s.duplications().size());
                properties.put("gap", s.gap());
              });
      if (zones.containsKey(unit.pcode())) {
        properties.put("zone", zones.get(unit.pcode()));
      }
      GeoPoint point = centroids.get(unit.pcode());
      Map<String, Object> feature = new LinkedHashMap<>();
      feature.put("type", "Feature");
      feature.put(
          "geometry",
          point == null
              ? null
              : Map.of("type", "Point", "coordinates", List.of(point.lon(), point.lat())));
      feature.put("properties", properties);
      features.add(feature);
    }
    Map<String, Object> collection = new LinkedHashMap<>();
    collection.put("type", "FeatureCollection");
    collection.put("features", features);
    return collection;
  }

  private static Map<PCode, UnitInput> inputsByUnit(ConvergenceRun run) {
    Map<PCode, UnitInput> out = new LinkedHashMap<>();
    run.data().units().forEach(u -> out.put(u.pcode(), u));
    return out;
  }

  private static Map<PCode, String> zoneOfUnit(ConvergenceRun run) {
    Map<PCode, String> out = new LinkedHashMap<>();
    for (Zone zone : run.result().zones()) {
      zone.units().forEach(p -> out.put(p, zone.id()));
    }
    return out;
  }

  private static String text(String value) {
    return SpreadsheetSafe.cell(value);
  }

  private static String number(double value) {
    return String.format(Locale.ROOT, "%.6f", value);
  }
}
