package sn.convergence.actors.internal;

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
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import sn.convergence.actors.Organisation;
import sn.convergence.actors.OrganisationDraft;
import sn.convergence.actors.OrganisationId;
import sn.convergence.actors.OrganisationType;

/** Rows of the {@code organisation} table. Callers provide the transaction. */
@Repository
public class OrganisationStore {

  private static final String COLUMNS =
      "id, acronym, name, type, parent_id, iati_identifier, synthetic, created_at, updated_at,"
          + " version";

  private final JdbcClient jdbc;

  OrganisationStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public OrganisationId insert(OrganisationDraft draft, Instant now) {
    KeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql(
            "insert into organisation (acronym, acronym_key, name, type, parent_id,"
                + " iati_identifier, synthetic, created_at, updated_at, version)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)")
        .params(
            draft.acronym().strip(),
            TextKeys.acronymKey(draft.acronym()),
            draft.name().strip(),
            draft.type().name(),
            draft.parent() == null ? null : draft.parent().value(),
            blankToNull(draft.iatiIdentifier()),
            draft.synthetic(),
            utc(now),
            utc(now))
        .update(keys, "id");
    return OrganisationId.of(keys.getKeyAs(Number.class).longValue());
  }

  public boolean update(OrganisationId id, OrganisationDraft draft, Instant now) {
    return jdbc.sql(
                "update organisation set acronym = ?, acronym_key = ?, name = ?, type = ?,"
                    + " parent_id = ?, iati_identifier = ?, synthetic = ?, updated_at = ?,"
                    + " version = version + 1 where id = ?")
            .params(
                draft.acronym().strip(),
                TextKeys.acronymKey(draft.acronym()),
                draft.name().strip(),
                draft.type().name(),
                draft.parent() == null ? null : draft.parent().value(),
                blankToNull(draft.iatiIdentifier()),
                draft.synthetic(),
                utc(now),
                id.value())
            .update()
        == 1;
  }

  public boolean delete(OrganisationId id) {
    return jdbc.sql("delete from organisation where id = ?").param(id.value()).update() == 1;
  }

  public Optional<Organisation> find(OrganisationId id) {
    return jdbc.sql("select " + COLUMNS + " from organisation where id = ?")
        .param(id.value())
        .query(OrganisationStore::map)
        .optional();
  }

  public Optional<Organisation> findByAcronymKey(String key) {
    return jdbc.sql("select " + COLUMNS + " from organisation where acronym_key = ?")
        .param(key)
        .query(OrganisationStore::map)
        .optional();
  }

  /** Every organisation ordered by acronym; the table stays small (hundreds of rows). */
  public List<Organisation> findAll() {
    return jdbc.sql("select " + COLUMNS + " from organisation order by acronym_key")
        .query(OrganisationStore::map)
        .list();
  }

  public long countChildren(OrganisationId id) {
    return jdbc.sql("select count(*) from organisation where parent_id = ?")
        .param(id.value())
        .query(Long.class)
        .single();
  }

  private static Organisation map(ResultSet rs, int row) throws SQLException {
    long parentId = rs.getLong("parent_id");
    OrganisationId parent = rs.wasNull() ? null : OrganisationId.of(parentId);
    return new Organisation(
        OrganisationId.of(rs.getLong("id")),
        rs.getString("acronym"),
        rs.getString("name"),
        OrganisationType.valueOf(rs.getString("type")),
        parent,
        rs.getString("iati_identifier"),
        rs.getBoolean("synthetic"),
        instant(rs, "created_at"),
        instant(rs, "updated_at"),
        rs.getInt("version"));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp value = rs.getTimestamp(column);
    return value == null ? null : value.toInstant();
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
