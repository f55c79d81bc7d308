package sn.convergence.geography.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import sn.convergence.geography.AdminLevel;
import sn.convergence.geography.AdminUnit;
import sn.convergence.geography.AdminUnitAlias;
import sn.convergence.geography.AliasKind;
import sn.convergence.geography.GeoPoint;
import sn.convergence.geography.PCode;

/** Reads and writes admin units, aliases and adjacency. */
@Repository
public class AdminUnitStore {

  private static final String UNIT_COLUMNS =
      "pcode, level, name, parent_pcode, path, valid_from, valid_to, centroid_lat, centroid_lon, area_km2";

  private final JdbcClient jdbc;

  public AdminUnitStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public List<AdminUnit> findAll() {
    return jdbc.sql("select " + UNIT_COLUMNS + " from admin_unit order by pcode")
        .query((rs, n) -> unit(rs))
        .list();
  }

  public Optional<AdminUnit> find(PCode pcode) {
    return jdbc.sql("select " + UNIT_COLUMNS + " from admin_unit where pcode = ?")
        .param(pcode.value())
        .query((rs, n) -> unit(rs))
        .optional();
  }

  public List<AdminUnitAlias> findAliases() {
    return jdbc.sql(
            "select pcode, alias, kind, valid_from, valid_to from admin_unit_alias order by id")
        .query(
            (rs, n) ->
                new AdminUnitAlias(
                    PCode.of(rs.getString("pcode")),
                    rs.getString("alias"),
                    AliasKind.valueOf(rs.getString("kind")),
                    date(rs, "valid_from"),
                    date(rs, "valid_to")))
        .list();
  }

  /** Adjacent P-codes per unit; computed adjacency wins over declared for units that have it. */
  public Map<PCode, List<PCode>> findAdjacency() {
    record Row(String pcode, String neighbour, String origin) {}
    List<Row> rows =
        jdbc.sql(
                "select pcode, neighbour_pcode, origin from admin_unit_adjacency order by pcode, neighbour_pcode")
            .query((rs, n) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3)))
            .list();
    Map<String, Boolean> computed =
        rows.stream()
            .filter(r -> r.origin().equals("COMPUTED"))
            .collect(Collectors.toMap(Row::pcode, r -> true, (a, b) -> a));
    return rows.stream()
        .filter(r -> r.origin().equals(computed.containsKey(r.pcode()) ? "COMPUTED" : "DECLARED"))
        .collect(
            Collectors.groupingBy(
                r -> PCode.of(r.pcode()),
                java.util.TreeMap::new,
                Collectors.mapping(r -> PCode.of(r.neighbour()), Collectors.toList())));
  }

  public void addAlias(AdminUnitAlias alias) {
    jdbc.sql(
            "insert into admin_unit_alias (pcode, alias, normalized, kind, valid_from, valid_to)"
                + " values (?, ?, ?, ?, ?, ?)")
        .params(
            alias.pcode().value(),
            alias.alias(),
            sn.convergence.geography.NameNormalizer.normalize(alias.alias()),
            alias.kind().name(),
            alias.validFrom(),
            alias.validTo())
        .update();
  }

  static AdminUnit unit(ResultSet rs) throws SQLException {
    double lat = rs.getDouble("centroid_lat");
    boolean hasCentroid = !rs.wasNull();
    double lon = rs.getDouble("centroid_lon");
    double area = rs.getDouble("area_km2");
    Double areaKm2 = rs.wasNull() ? null : area;
    String parent = rs.getString("parent_pcode");
    return new AdminUnit(
        PCode.of(rs.getString("pcode")),
        AdminLevel.valueOf(rs.getString("level")),
        rs.getString("name"),
        parent == null ? null : PCode.of(parent),
        rs.getString("path"),
        date(rs, "valid_from"),
        date(rs, "valid_to"),
        hasCentroid ? new GeoPoint(lat, lon) : null,
        areaKm2);
  }

  static LocalDate date(ResultSet rs, String column) throws SQLException {
    java.sql.Date value = rs.getDate(column);
    return value == null ? null : value.toLocalDate();
  }
}
