package sn.convergence.registry.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import sn.convergence.registry.InterventionId;

/**
 * The import bookkeeping of coverage facts: which batch created or last changed a fact, the values
 * a batch replaced, and the removal of a batch's work. Callers run inside a transaction.
 */
@Repository
public class ImportedCoverageStore {

  private static final int BATCH = 500;

  private final JdbcClient jdbc;
  private final JdbcTemplate template;

  ImportedCoverageStore(JdbcClient jdbc, JdbcTemplate template) {
    this.jdbc = jdbc;
    this.template = template;
  }

  /** A stored fact with its identity (unit, period label, beneficiary unit) and its batch. */
  public record StoredFact(
      long id,
      String pcode,
      String periodLabel,
      String unit,
      Long planned,
      Long reached,
      Long budgetXof,
      String source,
      Long batchId) {}

  /** New figures for a stored fact. */
  public record FactUpdate(
      StoredFact previous, Long planned, Long reached, Long budgetXof, String source) {}

  /** A value a batch replaced. */
  public record Change(long coverageId, StoredFact previous) {}

  public List<StoredFact> facts(InterventionId intervention) {
    return jdbc.sql(
            "select id, pcode, period_label, beneficiary_unit, planned, reached, budget_xof,"
                + " source, import_batch_id from coverage where intervention_id = ?")
        .param(intervention.value())
        .query(ImportedCoverageStore::fact)
        .list();
  }

  /** Stores the new figures, points the facts to the batch and keeps the values replaced. */
  public void update(List<FactUpdate> updates, long batchId) {
    template.batchUpdate(
        "update coverage set planned = ?, reached = ?, budget_xof = ?, source = ?,"
            + " import_batch_id = ? where id = ?",
        updates,
        BATCH,
        (PreparedStatement ps, FactUpdate u) -> {
          setLong(ps, 1, u.planned());
          setLong(ps, 2, u.reached());
          setLong(ps, 3, u.budgetXof());
          ps.setString(4, u.source());
          ps.setLong(5, batchId);
          ps.setLong(6, u.previous().id());
        });
    template.batchUpdate(
        "insert into coverage_import_change (batch_id, coverage_id, previous_planned,"
            + " previous_reached, previous_budget_xof, previous_source, previous_batch_id)"
            + " values (?, ?, ?, ?, ?, ?, ?)",
        updates,
        BATCH,
        (PreparedStatement ps, FactUpdate u) -> {
          StoredFact p = u.previous();
          ps.setLong(1, batchId);
          ps.setLong(2, p.id());
          setLong(ps, 3, p.planned());
          setLong(ps, 4, p.reached());
          setLong(ps, 5, p.budgetXof());
          ps.setString(6, p.source());
          setLong(ps, 7, p.batchId());
        });
  }

  public void markCreatedBy(InterventionId intervention, long batchId) {
    jdbc.sql("update intervention set import_batch_id = ? where id = ?")
        .param(batchId)
        .param(intervention.value())
        .update();
  }

  /**
   * How many facts of this batch a later batch changed since: facts the batch created or changed
   * that a later change replaced, and facts a later batch added to interventions this one created.
   */
  public long laterWork(long batchId) {
    long changed =
        jdbc.sql(
                "select count(*) from coverage_import_change c where c.batch_id > ? and"
                    + " (c.previous_batch_id = ? or c.coverage_id in"
                    + " (select coverage_id from coverage_import_change where batch_id = ?))")
            .param(batchId)
            .param(batchId)
            .param(batchId)
            .query(Long.class)
            .single();
    long added =
        jdbc.sql(
                "select count(*) from coverage c join intervention i on i.id = c.intervention_id"
                    + " where i.import_batch_id = ? and c.import_batch_id > ?")
            .param(batchId)
            .param(batchId)
            .query(Long.class)
            .single();
    return changed + added;
  }

  /** Puts back the values the batch replaced; returns how many facts were restored. */
  public int restore(long batchId) {
    List<Change> changes =
        jdbc.sql(
                "select coverage_id, previous_planned, previous_reached, previous_budget_xof,"
                    + " previous_source, previous_batch_id from coverage_import_change"
                    + " where batch_id = ? order by id desc")
            .param(batchId)
            .query(
                (rs, n) ->
                    new Change(
                        rs.getLong("coverage_id"),
                        new StoredFact(
                            rs.getLong("coverage_id"),
                            null,
                            null,
                            null,
                            nullable(rs, "previous_planned"),
                            nullable(rs, "previous_reached"),
                            nullable(rs, "previous_budget_xof"),
                            rs.getString("previous_source"),
                            nullable(rs, "previous_batch_id"))))
            .list();
    int[][] counts =
        template.batchUpdate(
            "update coverage set planned = ?, reached = ?, budget_xof = ?, source = ?,"
                + " import_batch_id = ? where id = ? and import_batch_id = ?",
            changes,
            BATCH,
            (PreparedStatement ps, Change c) -> {
              StoredFact p = c.previous();
              setLong(ps, 1, p.planned());
              setLong(ps, 2, p.reached());
              setLong(ps, 3, p.budgetXof());
              ps.setString(4, p.source());
              setLong(ps, 5, p.batchId());
              ps.setLong(6, c.coverageId());
              ps.setLong(7, batchId);
            });
    jdbc.sql("delete from coverage_import_change where batch_id = ?").param(batchId).update();
    return java.util.Arrays.stream(counts).flatMapToInt(java.util.Arrays::stream).sum();
  }

  /** Removes the facts the batch created (and still owns); returns how many. */
  public int deleteFacts(long batchId) {
    return jdbc.sql("delete from coverage where import_batch_id = ?").param(batchId).update();
  }

  /** The interventions the batch created that no fact refers to any more. */
  public List<InterventionId> emptyInterventionsCreatedBy(long batchId) {
    return jdbc.sql(
            "select id from intervention i where i.import_batch_id = ? and not exists"
                + " (select 1 from coverage c where c.intervention_id = i.id) order by id")
        .param(batchId)
        .query((rs, n) -> InterventionId.of(rs.getLong(1)))
        .list();
  }

  private static StoredFact fact(ResultSet rs, int n) throws SQLException {
    return new StoredFact(
        rs.getLong("id"),
        rs.getString("pcode"),
        rs.getString("period_label"),
        rs.getString("beneficiary_unit"),
        nullable(rs, "planned"),
        nullable(rs, "reached"),
        nullable(rs, "budget_xof"),
        rs.getString("source"),
        nullable(rs, "import_batch_id"));
  }

  private static Long nullable(ResultSet rs, String column) throws SQLException {
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
}
