package sn.convergence.ingest.export;

import java.io.BufferedWriter;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import sn.convergence.geography.AdminLevel;
import sn.convergence.geography.AdminUnit;
import sn.convergence.geography.AdminUnits;
import sn.convergence.geography.PCode;
import sn.convergence.geography.UnitShapes;
import sn.convergence.registry.Presence;
import sn.convergence.registry.PresenceQuery;
import sn.convergence.registry.PresenceReport;
import sn.convergence.registry.UnitPresence;

/**
 * Writes the presence aggregate ({@link Presence#report}, with its visibility rules) as CSV or XLSX
 * ({@link PresenceTable}: headers in the reader's language, HXL row) or as GeoJSON ({@link
 * PresenceGeoJson}). The aggregate has one row per unit, so it is built in memory before writing.
 */
@Service
public class PresenceExport {

  static final String SHEET = "Présence";

  private final Presence presence;
  private final AdminUnits adminUnits;
  private final UnitShapes shapes;
  private final MessageSource messages;

  PresenceExport(
      Presence presence, AdminUnits adminUnits, UnitShapes shapes, MessageSource messages) {
    this.presence = presence;
    this.adminUnits = adminUnits;
    this.shapes = shapes;
    this.messages = messages;
  }

  /** Writes the file to the stream (left open); returns the number of units written. */
  public int write(PresenceQuery query, ExportFormat format, Locale locale, OutputStream out) {
    PresenceReport report = presence.report(query);
    Map<PCode, AdminUnit> geography =
        adminUnits.all().stream()
            .collect(Collectors.toMap(AdminUnit::pcode, Function.identity(), (a, b) -> a));
    PresenceTable table =
        new PresenceTable(
            query.level(), geography, (key, args) -> messages.getMessage(key, args, key, locale));
    if (format == ExportFormat.GEOJSON) {
      Map<PCode, String> outlines = outlines(query);
      PresenceGeoJson.write(
          report.units(),
          table,
          geography,
          outlines::get,
          new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)));
      return report.units().size();
    }
    List<UnitPresence> rows = PresenceTable.rows(report);
    try (TableWriter writer = format.table(out, SHEET)) {
      writer.header(table.headers(), table.hashtags());
      rows.forEach(u -> writer.row(table.cells(u)));
    }
    return rows.size();
  }

  /** Simplified boundaries of the level for units valid at the start or the end of the period. */
  private Map<PCode, String> outlines(PresenceQuery query) {
    AdminLevel level = query.level();
    Map<PCode, String> out = new HashMap<>();
    for (LocalDate on : new LocalDate[] {query.from(), query.to()}) {
      shapes.simplified(level, on).forEach(s -> out.putIfAbsent(s.pcode(), s.geometryJson()));
    }
    return out;
  }
}
