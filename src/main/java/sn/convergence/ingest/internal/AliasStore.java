package sn.convergence.ingest.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import sn.convergence.ingest.commit.AliasKind;

/** Matches users confirmed: a text key of a kind maps to an acronym or a type code. */
@Repository
public class AliasStore {

  private final JdbcClient jdbc;

  AliasStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Map<String, String> all(AliasKind kind) {
    Map<String, String> out = new HashMap<>();
    jdbc.sql("select text_key, target from import_alias where kind = ?")
        .param(kind.name())
        .query(
            rs -> {
              out.put(rs.getString(1), rs.getString(2));
            });
    return out;
  }

  /** Remembers (or replaces) the match of a text. */
  public void save(
      AliasKind kind, String textKey, String label, String target, String user, Instant now) {
    jdbc.sql("delete from import_alias where kind = ? and text_key = ?")
        .param(kind.name())
        .param(textKey)
        .update();
    jdbc.sql(
            "insert into import_alias (kind, text_key, target, label, created_by, created_at)"
                + " values (?, ?, ?, ?, ?, ?)")
        .param(kind.name())
        .param(textKey)
        .param(target)
        .param(label.length() > 300 ? label.substring(0, 300) : label)
        .param(user)
        .param(now.atOffset(ZoneOffset.UTC))
        .update();
  }
}
