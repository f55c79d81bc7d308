package sn.convergence.convergence.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import sn.convergence.convergence.ConvergenceQuery;
import sn.convergence.convergence.ConvergenceResult;
import sn.convergence.convergence.SavedAnalysis;
import sn.convergence.convergence.SavedAnalysisSummary;
import tools.jackson.databind.json.JsonMapper;

/**
 * Rows of {@code convergence_analysis}; the query and the result are stored as JSON of the engine's
 * records and read back into the same records. Callers provide the transaction.
 */
@Repository
public class AnalysisStore {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final JdbcClient jdbc;

  AnalysisStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public long insert(
      String name,
      ConvergenceQuery query,
      ConvergenceResult result,
      String createdBy,
      Instant createdAt) {
    GeneratedKeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql(
            "insert into convergence_analysis (name, level, from_year, to_year, query_json,"
                + " fingerprint, result_json, created_by, created_at)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            name,
            query.level().name(),
            query.fromYear(),
            query.toYear(),
            JSON.writeValueAsString(query),
            result.fingerprint(),
            JSON.writeValueAsString(result),
            createdBy,
            OffsetDateTime.ofInstant(createdAt, ZoneOffset.UTC))
        .update(keys, "id");
    return keys.getKey().longValue();
  }

  public Optional<SavedAnalysis> find(long id) {
    return jdbc.sql(
            "select id, name, query_json, fingerprint, result_json, created_by, created_at"
                + " from convergence_analysis where id = ?")
        .param(id)
        .query(AnalysisStore::row)
        .optional();
  }

  /** Summaries (without results), newest first. */
  public List<SavedAnalysisSummary> list(long offset, int limit) {
    return jdbc.sql(
            "select id, name, query_json, fingerprint, created_by, created_at"
                + " from convergence_analysis order by created_at desc, id desc limit ? offset ?")
        .params(limit, offset)
        .query(AnalysisStore::summary)
        .list();
  }

  public Optional<SavedAnalysisSummary> findSummary(long id) {
    return jdbc.sql(
            "select id, name, query_json, fingerprint, created_by, created_at"
                + " from convergence_analysis where id = ?")
        .param(id)
        .query(AnalysisStore::summary)
        .optional();
  }

  public long count() {
    return jdbc.sql("select count(*) from convergence_analysis").query(Long.class).single();
  }

  private static SavedAnalysisSummary summary(ResultSet rs, int n) throws SQLException {
    return new SavedAnalysisSummary(
        rs.getLong("id"),
        rs.getString("name"),
        JSON.readValue(rs.getString("query_json"), ConvergenceQuery.class),
        rs.getString("fingerprint"),
        rs.getString("created_by"),
        rs.getTimestamp("created_at").toInstant());
  }

  private static SavedAnalysis row(ResultSet rs, int n) throws SQLException {
    Timestamp created = rs.getTimestamp("created_at");
    return new SavedAnalysis(
        rs.getLong("id"),
        rs.getString("name"),
        JSON.readValue(rs.getString("query_json"), ConvergenceQuery.class),
        rs.getString("fingerprint"),
        JSON.readValue(rs.getString("result_json"), ConvergenceResult.class),
        rs.getString("created_by"),
        created.toInstant());
  }
}
