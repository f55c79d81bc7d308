package sn.convergence.ingest.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import sn.convergence.ingest.ColumnProfile;
import sn.convergence.ingest.Field;
import sn.convergence.ingest.SavedProfile;

/**
 * Saved column profiles in {@code import_profile} and {@code import_profile_header}. Headers are
 * keyed by their normalised text, so "Ménages servis" and "MENAGES SERVIS" are one header.
 */
@Repository
public class ProfileStore {

  private final JdbcClient jdbc;

  ProfileStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Every profile with its headers, by name. */
  public List<SavedProfile> all() {
    return read("", List.of());
  }

  /** The profile with this name, compared without case. */
  public Optional<SavedProfile> find(String name) {
    return read(" where lower(p.name) = lower(?)", List.of(name.strip())).stream().findFirst();
  }

  private List<SavedProfile> read(String where, List<Object> params) {
    Map<Long, SavedProfile.Builder> byId = new LinkedHashMap<>();
    jdbc.sql(
            "select p.id, p.name, p.created_by, p.created_at, p.updated_by, p.updated_at"
                + " from import_profile p"
                + where
                + " order by lower(p.name)")
        .params(params)
        .query(
            rs -> {
              byId.put(
                  rs.getLong("id"),
                  new SavedProfile.Builder(
                      rs.getString("name"),
                      rs.getString("created_by"),
                      rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                      rs.getString("updated_by"),
                      rs.getObject("updated_at", OffsetDateTime.class).toInstant()));
            });
    if (byId.isEmpty()) {
      return List.of();
    }
    jdbc.sql(
            "select h.profile_id, h.header, h.field from import_profile_header h"
                + " join import_profile p on p.id = h.profile_id"
                + where
                + " order by h.header")
        .params(params)
        .query(
            rs -> {
              SavedProfile.Builder profile = byId.get(rs.getLong(1));
              if (profile != null) {
                profile.header(rs.getString(2), Field.valueOf(rs.getString(3)));
              }
            });
    List<SavedProfile> out = new ArrayList<>();
    byId.values().forEach(b -> out.add(b.build()));
    return out;
  }

  /**
   * Creates the profile when no profile has this name (ignoring case), then sets each header's
   * field (a header already in the profile is remapped).
   */
  public void save(String name, Map<String, Field> headers, String user, Instant now) {
    long id = idOf(name).orElseGet(() -> insert(name, user, now));
    jdbc.sql("update import_profile set updated_by = ?, updated_at = ? where id = ?")
        .param(user)
        .param(now.atOffset(ZoneOffset.UTC))
        .param(id)
        .update();
    headers.forEach(
        (header, field) -> {
          String key = ColumnProfile.key(header);
          jdbc.sql("delete from import_profile_header where profile_id = ? and header_key = ?")
              .param(id)
              .param(key)
              .update();
          jdbc.sql(
                  "insert into import_profile_header (profile_id, header_key, header, field)"
                      + " values (?, ?, ?, ?)")
              .param(id)
              .param(key)
              .param(header.strip())
              .param(field.name())
              .update();
        });
  }

  /** Removes one header of a profile; true when it was there. */
  public boolean removeHeader(String name, String header) {
    return idOf(name)
        .map(
            id ->
                jdbc.sql(
                            "delete from import_profile_header where profile_id = ? and header_key = ?")
                        .param(id)
                        .param(ColumnProfile.key(header))
                        .update()
                    > 0)
        .orElse(false);
  }

  /** Deletes a profile and its headers; true when it existed. */
  public boolean delete(String name) {
    return idOf(name)
        .map(id -> jdbc.sql("delete from import_profile where id = ?").param(id).update() > 0)
        .orElse(false);
  }

  private Optional<Long> idOf(String name) {
    return jdbc.sql("select id from import_profile where lower(name) = lower(?)")
        .param(name.strip())
        .query(Long.class)
        .optional();
  }

  private long insert(String name, String user, Instant now) {
    jdbc.sql(
            "insert into import_profile (name, created_by, created_at, updated_by, updated_at)"
                + " values (?, ?, ?, ?, ?)")
        .param(name.strip())
        .param(user)
        .param(now.atOffset(ZoneOffset.UTC))
        .param(user)
        .param(now.atOffset(ZoneOffset.UTC))
        .update();
    return idOf(name).orElseThrow();
  }
}
