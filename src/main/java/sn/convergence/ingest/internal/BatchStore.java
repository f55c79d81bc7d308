package sn.convergence.ingest.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import sn.convergence.ingest.BatchMessage;
import sn.convergence.ingest.BatchReport;
import sn.convergence.ingest.BatchStatus;
import sn.convergence.ingest.ImportBatch;
import sn.convergence.ingest.SourceFile;
import sn.convergence.ingest.commit.ImportOptions;
import tools.jackson.databind.json.JsonMapper;

/** Import batches in {@code import_batch}; options and reports are stored as JSON. */
@Repository
public class BatchStore {

  private static final String COLUMNS =
      "id, source_name, format, sha256, size_bytes, status, options_json, created_by, created_at,"
          + " committed_by, committed_at, undone_by, undone_at, report_json, message";

  private final JdbcClient jdbc;
  private final JsonMapper json = JsonMapper.builder().findAndAddModules().build();

  BatchStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public long insert(
      String sourceName,
      SourceFile.Format format,
      String sha256,
      long size,
      ImportOptions options,
      String user,
      Instant now) {
    KeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql(
            "insert into import_batch (source_name, format, sha256, size_bytes, status, mode,"
                + " options_json, created_by, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .param(sourceName.length() > 300 ? sourceName.substring(0, 300) : sourceName)
        .param(format.name())
        .param(sha256)
        .param(size)
        .param(BatchStatus.RECEIVED.name())
        .param(options.mode().name())
        .param(json.writeValueAsString(options))
        .param(user)
        .param(now.atOffset(ZoneOffset.UTC))
        .update(keys, "id");
    return keys.getKeyAs(Number.class).longValue();
  }

  public Optional<ImportBatch> find(long id) {
    return jdbc.sql("select " + COLUMNS + " from import_batch where id = ?")
        .param(id)
        .query(this::batch)
        .optional();
  }

  /** The latest batches first; only those {@code user} created when it is not null. */
  public List<ImportBatch> list(String user, int limit) {
    String order = " order by id desc limit " + Math.max(1, Math.min(limit, 500));
    if (user == null) {
      return jdbc.sql("select " + COLUMNS + " from import_batch" + order).query(this::batch).list();
    }
    return jdbc.sql("select " + COLUMNS + " from import_batch where created_by = ?" + order)
        .param(user)
        .query(this::batch)
        .list();
  }

  /** Earlier committed batches of the same file content. */
  public List<Long> committedWithSameContent(String sha256, long except) {
    return jdbc.sql(
            "select id from import_batch where sha256 = ? and id <> ? and status = 'COMMITTED'"
                + " order by id")
        .param(sha256)
        .param(except)
        .query(Long.class)
        .list();
  }

  /** Replaces the options the batch will be previewed and committed with. */
  public void options(long id, ImportOptions options) {
    jdbc.sql("update import_batch set mode = ?, options_json = ? where id = ?")
        .param(options.mode().name())
        .param(json.writeValueAsString(options))
        .param(id)
        .update();
  }

  public void status(long id, BatchStatus status, BatchMessage message) {
    String stored = message == null ? null : message.encode();
    jdbc.sql("update import_batch set status = ?, message = ? where id = ?")
        .param(status.name())
        .param(stored == null || stored.length() <= 2000 ? stored : stored.substring(0, 2000))
        .param(id)
        .update();
  }

  public void report(long id, BatchStatus status, BatchReport report, Instant now) {
    jdbc.sql(
            "update import_batch set status = ?, report_json = ?, finished_at = ?, message = null"
                + " where id = ?")
        .param(status.name())
        .param(json.writeValueAsString(report))
        .param(now.atOffset(ZoneOffset.UTC))
        .param(id)
        .update();
  }

  public void committed(
      long id, ImportOptions options, BatchReport report, String user, Instant now) {
    jdbc.sql(
            "update import_batch set status = ?, mode = ?, options_json = ?, report_json = ?,"
                + " committed_by = ?, committed_at = ?, message = null where id = ?")
        .param(BatchStatus.COMMITTED.name())
        .param(options.mode().name())
        .param(json.writeValueAsString(options))
        .param(json.writeValueAsString(report))
        .param(user)
        .param(now.atOffset(ZoneOffset.UTC))
        .param(id)
        .update();
  }

  public void undone(long id, String user, Instant now) {
    jdbc.sql("update import_batch set status = ?, undone_by = ?, undone_at = ? where id = ?")
        .param(BatchStatus.UNDONE.name())
        .param(user)
        .param(now.atOffset(ZoneOffset.UTC))
        .param(id)
        .update();
  }

  public void saveIatiActivity(long batchId, String identifier, String code, Object activity) {
    jdbc.sql(
            "insert into import_iati_activity (batch_id, identifier, intervention_code,"
                + " activity_json) values (?, ?, ?, ?)")
        .param(batchId)
        .param(identifier.length() > 300 ? identifier.substring(0, 300) : identifier)
        .param(code)
        .param(json.writeValueAsString(activity))
        .update();
  }

  private ImportBatch batch(ResultSet rs, int n) throws SQLException {
    String report = rs.getString("report_json");
    return new ImportBatch(
        rs.getLong("id"),
        rs.getString("source_name"),
        SourceFile.Format.valueOf(rs.getString("format")),
        rs.getString("sha256"),
        rs.getLong("size_bytes"),
        BatchStatus.valueOf(rs.getString("status")),
        json.readValue(rs.getString("options_json"), ImportOptions.class),
        rs.getString("created_by"),
        instant(rs, "created_at"),
        rs.getString("committed_by"),
        instant(rs, "committed_at"),
        rs.getString("undone_by"),
        instant(rs, "undone_at"),
        report == null ? null : json.readValue(report, BatchReport.class),
        BatchMessage.decode(rs.getString("message")));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }
}
