package sn.convergence.registry.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import sn.convergence.geography.PCode;
import sn.convergence.registry.BeneficiaryUnit;
import sn.convergence.registry.Coverage;
import sn.convergence.registry.InterventionId;
import sn.convergence.registry.Period;

/** Rows of the {@code coverage} table. Callers validate first and provide the transaction. */
@Repository
public class CoverageStore {

  private static final int BATCH = 500;

  /** A row ready to store (validated). */
  public record NewRow(
      PCode pcode,
      Period period,
      Long planned,
      Long reached,
      BeneficiaryUnit unit,
      Long budgetXof,
      String source) {}

  /** A coverage row with the id and code of its intervention, for aggregates. */
  public record RawRow(
      long interventionId,
      String interventionCode,
      PCode pcode,
      LocalDate start,
      LocalDate end,
      Long planned,
      Long reached,
      BeneficiaryUnit unit,
      Long budgetXof) {}

  private final JdbcClient jdbc;
  private final JdbcTemplate template;

  CoverageStore(JdbcClient jdbc, JdbcTemplate template) {
    this.jdbc = jdbc;
    this.template = template;
  }

  /** Inserts the rows with JDBC batches of {@value #BATCH}; returns how many were stored. */
  public int insertAll(InterventionId intervention, List<NewRow> rows, boolean synthetic) {
    return insertAll(intervention, rows, synthetic, null);
  }

  /** Inserts the rows, each pointing to the import batch when one is given. */
  public int insertAll(
      InterventionId intervention, List<NewRow> rows, boolean synthetic, Long importBatchId) {
    String sql =
        "insert into coverage (intervention_id, pcode, period_label, period_start, period_end,"
            + " planned, reached, beneficiary_unit, budget_xof, source, synthetic, import_batch_id)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    int[][] counts =
        template.batchUpdate(
            sql,
            rows,
            BATCH,
            (PreparedStatement ps, NewRow row) -> {
              ps.setLong(1, intervention.value());
              ps.setString(2, row.pcode().value());
              ps.setString(3, row.period().label());
              ps.setObject(4, row.period().start());
              ps.setObject(5, row.period().end());
              setLong(ps, 6, row.planned());
              setLong(ps, 7, row.reached());
              ps.setString(8, row.unit().name());
              setLong(ps, 9, row.budgetXof());
              ps.setString(10, row.source() == null ? null : row.source().strip());
              ps.setBoolean(11, synthetic);
              setLong(ps, 12, importBatchId);
            });
    return java.util.Arrays.stream(counts).mapToInt(c -> c.length).sum();
  }

  public void deleteByIntervention(InterventionId intervention) {
    jdbc.sql("delete from coverage where intervention_id = ?").param(intervention.value()).update();
  }

  public List<Coverage> findByIntervention(InterventionId intervention) {
    return jdbc.sql(
            "select id, pcode, period_label, period_start, period_end, planned, reached,"
                + " beneficiary_unit, budget_xof, source, synthetic from coverage"
                + " where intervention_id = ? order by period_start, pcode, id")
        .param(intervention.value())
        .query(CoverageStore::coverage)
        .list();
  }

  /**
   * The rows of the given interventions, optionally only those in the units and overlapping [from,
   * to], grouped by intervention id and ordered by period start, P-code and id.
   */
  public Map<Long, List<Coverage>> findByInterventions(
      List<Long> ids, java.util.Collection<String> pcodes, LocalDate from, LocalDate to) {
    Map<Long, List<Coverage>> out = new HashMap<>();
    if (ids.isEmpty()) {
      return out;
    }
    InterventionFilter filter =
        new InterventionFilter()
            .coverageOfInterventions(ids)
            .coverageIn(pcodes)
            .coverageDuring(from, to);
    jdbc.sql(
            "select c.id, c.intervention_id, c.pcode, c.period_label, c.period_start,"
                + " c.period_end, c.planned, c.reached, c.beneficiary_unit, c.budget_xof,"
                + " c.source, c.synthetic from coverage c"
                + filter.where()
                + " order by c.intervention_id, c.period_start, c.pcode, c.id")
        .params(filter.params())
        .query(
            (RowCallbackHandler)
                rs ->
                    out.computeIfAbsent(rs.getLong("intervention_id"), k -> new ArrayList<>())
                        .add(coverage(rs, 0)));
    return out;
  }

  public Map<Long, Integer> countByIntervention(List<Long> ids) {
    Map<Long, Integer> counts = new HashMap<>();
    if (ids.isEmpty()) {
      return counts;
    }
    jdbc.sql(
            "select intervention_id, count(*) from coverage where intervention_id in ("
                + String.join(", ", ids.stream().map(x -> "?").toList())
                + ") group by intervention_id")
        .params(ids)
        .query((RowCallbackHandler) rs -> counts.put(rs.getLong(1), rs.getInt(2)));
    return counts;
  }

  public long count() {
    return jdbc.sql("select count(*) from coverage").query(Long.class).single();
  }

  /**
   * Coverage rows matching the filter, in one query: intervention conditions on alias {@code i},
   * row conditions on alias {@code c}.
   */
  public List<RawRow> rows(InterventionFilter filter) {
    List<RawRow> rows = new ArrayList<>();
    jdbc.sql(
            "select c.intervention_id, i.code, c.pcode, c.period_start, c.period_end, c.planned,"
                + " c.reached, c.beneficiary_unit, c.budget_xof"
                + " from coverage c join intervention i on i.id = c.intervention_id"
                + filter.where())
        .params(filter.params())
        .query(
            (RowCallbackHandler)
                rs -> {
                  rows.add(
                      new RawRow(
                          rs.getLong(1),
                          rs.getString(2),
                          PCode.of(rs.getString(3)),
                          rs.getObject(4, LocalDate.class),
                          rs.getObject(5, LocalDate.class),
                          nullableLong(rs, 6),
                          nullableLong(rs, 7),
                          BeneficiaryUnit.valueOf(rs.getString(8)),
                          nullableLong(rs, 9)));
                });
    return rows;
  }

  private static Coverage coverage(ResultSet rs, int i) throws SQLException {
    return new Coverage(
        rs.getLong("id"),
        PCode.of(rs.getString("pcode")),
        new Period(
            rs.getString("period_label"),
            rs.getObject("period_start", LocalDate.class),
            rs.getObject("period_end", LocalDate.class)),
        nullableLong(rs, "planned"),
        nullableLong(rs, "reached"),
        BeneficiaryUnit.valueOf(rs.getString("beneficiary_unit")),
        nullableLong(rs, "budget_xof"),
        rs.getString("source"),
        rs.getBoolean("synthetic"));
  }

  private static Long nullableLong(ResultSet rs, String column) throws SQLException {
    long value = rs.getLong(column);
    return rs.wasNull() ? null : value;
  }

  private static Long nullableLong(ResultSet rs, int column) throws SQLException {
    long value = rs.getLong(column);
    return rs.wasNull() ? null : value;
  }

  private static void setLong(PreparedStatement ps, int index, Long value) throws SQLException {
    if (value == null) {
      ps.setNull(index, Types.BIGINT);
    } else {
      ps.setLong(index, value);
    }
  }

  /** The first and last calendar years touched by any coverage row; empty when there is none. */
  public java.util.Optional<int[]> yearRange() {
    return jdbc.sql("select min(period_start), max(period_end) from coverage")
        .query(
            (rs, n) -> {
              java.sql.Date first = rs.getDate(1);
              java.sql.Date last = rs.getDate(2);
              return first == null
                  ? null
                  : new int[] {first.toLocalDate().getYear(), last.toLocalDate().getYear()};
            })
        .optional();
  }
}
