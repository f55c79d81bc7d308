package sn.convergence.context.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import sn.convergence.context.ContextValue;
import sn.convergence.context.Indicator;
import sn.convergence.geography.PCode;

/** Persistence of context indicators and values. */
@Repository
public class ContextStore {

  private static final String VALUE_COLUMNS =
      "indicator_code, pcode, ref_year, num_value, source, synthetic";

  private final JdbcClient jdbc;
  private final org.springframework.jdbc.core.JdbcTemplate template;

  public ContextStore(JdbcClient jdbc, org.springframework.jdbc.core.JdbcTemplate template) {
    this.jdbc = jdbc;
    this.template = template;
  }

  public List<Indicator> indicators() {
    return jdbc.sql(
            "select code, label_fr, label_en, unit from context_indicator order by sort_order, code")
        .query(
            (rs, n) ->
                new Indicator(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
        .list();
  }

  public void upsert(List<ContextValue> values) {
    template.batchUpdate(
        "delete from context_value where indicator_code = ? and pcode = ? and ref_year = ? and source = ?",
        values,
        500,
        (ps, v) -> {
          ps.setString(1, v.indicator());
          ps.setString(2, v.pcode().value());
          ps.setInt(3, v.year());
          ps.setString(4, v.source());
        });
    template.batchUpdate(
        "insert into context_value (" + VALUE_COLUMNS + ") values (?, ?, ?, ?, ?, ?)",
        values,
        500,
        (ps, v) -> {
          ps.setString(1, v.indicator());
          ps.setString(2, v.pcode().value());
          ps.setInt(3, v.year());
          ps.setDouble(4, v.value());
          ps.setString(5, v.source());
          ps.setBoolean(6, v.synthetic());
        });
  }

  public List<ContextValue> find(String indicator, int year) {
    return jdbc.sql(
            "select "
                + VALUE_COLUMNS
                + " from context_value where indicator_code = ? and ref_year = ?"
                + " order by pcode, source")
        .params(indicator, year)
        .query((rs, n) -> value(rs))
        .list();
  }

  public Optional<Integer> latestYear(String indicator, int year) {
    return jdbc.sql(
            "select max(ref_year) from context_value where indicator_code = ? and ref_year <= ?")
        .params(indicator, year)
        .query(Integer.class)
        .optional();
  }

  public List<ContextValue> forUnit(PCode pcode) {
    return jdbc.sql(
            "select "
                + VALUE_COLUMNS
                + " from context_value where pcode = ?"
                + " order by ref_year desc, indicator_code, source")
        .param(pcode.value())
        .query((rs, n) -> value(rs))
        .list();
  }

  private static ContextValue value(ResultSet rs) throws SQLException {
    return new ContextValue(
        rs.getString("indicator_code"),
        PCode.of(rs.getString("pcode")),
        rs.getInt("ref_year"),
        rs.getDouble("num_value"),
        rs.getString("source"),
        rs.getBoolean("synthetic"));
  }
}
