package sn.convergence.ingest.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import sn.convergence.geography.AdminLevel;
import sn.convergence.geography.AdminUnit;
import sn.convergence.geography.PCode;
import sn.convergence.registry.BeneficiaryUnit;
import sn.convergence.registry.Figures;
import sn.convergence.registry.PresenceReport;
import sn.convergence.registry.UnitPresence;

/**
 * The presence aggregate as a table, one row per unit: its level, country, region and (at the
 * department level) department P-codes and names, the number and codes of the interventions, the
 * number and acronyms of the actors, planned and reached beneficiaries in one pair of columns per
 * {@link BeneficiaryUnit} (never added across units; blank where the unit has no such figure), the
 * budget in XOF and the number of coverage rows behind the figures. Each column has an HXL 1.1
 * hashtag and a machine key (the GeoJSON property name). Pure.
 */
public final class PresenceTable {

  /** How column headers are worded: a message key and its arguments give the text. */
  @FunctionalInterface
  public interface Labels {
    String text(String key, Object... args);
  }

  /** One column: machine key, header text, HXL hashtag and how a unit fills it. */
  public record Column(
      String key, String header, String hxl, Function<UnitPresence, Object> value) {}

  private final Map<PCode, AdminUnit> units;
  private final Map<String, UnitPlacement> placements = new LinkedHashMap<>();
  private final List<Column> columns = new ArrayList<>();

  public PresenceTable(AdminLevel level, Map<PCode, AdminUnit> units, Labels labels) {
    this.units = Map.copyOf(units);
    add(labels, "level", "#meta +level", UnitPresence::level);
    add(labels, "country", "#country +code", u -> place(u).country());
    add(labels, "adm1Code", "#adm1 +code", u -> place(u).regionPcode());
    add(labels, "adm1Name", "#adm1 +name", u -> place(u).regionName());
    if (level != AdminLevel.REGION) {
      add(labels, "adm2Code", "#adm2 +code", u -> place(u).departmentPcode());
      add(labels, "adm2Name", "#adm2 +name", u -> place(u).departmentName());
    }
    add(labels, "interventions", "#indicator +interventions +num", u -> u.interventionCount());
    add(labels, "interventionCodes", "#activity +code +list", u -> join(u.interventions()));
    add(labels, "actors", "#org +num", u -> u.actorCount());
    add(labels, "actorAcronyms", "#org +acronym +list", u -> join(u.actors()));
    for (BeneficiaryUnit unit : BeneficiaryUnit.values()) {
      String what = labels.text("registry.unit." + unit.name());
      String attribute = hxlAttribute(unit);
      columns.add(
          new Column(
              "planned_" + unit.name().toLowerCase(Locale.ROOT),
              labels.text("exports.presence.planned", what),
              "#targeted +" + attribute,
              u -> figures(u, unit) == null ? null : figures(u, unit).planned()));
      columns.add(
          new Column(
              "reached_" + unit.name().toLowerCase(Locale.ROOT),
              labels.text("exports.presence.reached", what),
              "#reached +" + attribute,
              u -> figures(u, unit) == null ? null : figures(u, unit).reached()));
    }
    add(labels, "budgetXof", "#value +budget +xof", UnitPresence::budgetXof);
    add(labels, "rows", "#meta +rows +num", UnitPresence::rows);
  }

  /** The rows of a report: every unit of the level, then the rows reported at a coarser level. */
  public static List<UnitPresence> rows(PresenceReport report) {
    List<UnitPresence> rows = new ArrayList<>(report.units());
    rows.addAll(report.coarserRows());
    return rows;
  }

  /** HXL 1.1 attributes: +hh for households, +ind for people, the unit's name otherwise. */
  static String hxlAttribute(BeneficiaryUnit unit) {
    return switch (unit) {
      case HOUSEHOLDS -> "hh";
      case PEOPLE -> "ind";
      default -> unit.name().toLowerCase(Locale.ROOT);
    };
  }

  public List<Column> columns() {
    return List.copyOf(columns);
  }

  public List<String> headers() {
    return columns.stream().map(Column::header).toList();
  }

  public List<String> hashtags() {
    return columns.stream().map(Column::hxl).toList();
  }

  /** The cells of one unit, in column order: texts, numbers or null. */
  public List<Object> cells(UnitPresence unit) {
    List<Object> cells = new ArrayList<>(columns.size());
    columns.forEach(c -> cells.add(c.value().apply(unit)));
    return cells;
  }

  /** The same values keyed by column key, for GeoJSON properties. */
  public Map<String, Object> properties(UnitPresence unit) {
    Map<String, Object> properties = new LinkedHashMap<>();
    columns.forEach(c -> properties.put(c.key(), c.value().apply(unit)));
    return properties;
  }

  private void add(Labels labels, String key, String hxl, Function<UnitPresence, Object> value) {
    columns.add(new Column(key, labels.text("exports.presence." + key), hxl, value));
  }

  private UnitPlacement place(UnitPresence unit) {
    return placements.computeIfAbsent(unit.pcode(), p -> UnitPlacement.of(PCode.of(p), units));
  }

  private static Figures figures(UnitPresence unit, BeneficiaryUnit beneficiaryUnit) {
    return unit.beneficiaries().get(beneficiaryUnit);
  }

  private static String join(List<String> values) {
    return String.join(RegistryRows.LIST_SEPARATOR, values);
  }
}
