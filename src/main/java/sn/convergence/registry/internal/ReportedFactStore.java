package sn.convergence.registry.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import sn.convergence.registry.ReportedFact;

/** Reads the coverage facts of interventions given by code, for the imports' cross-source check. */
@Repository
public class ReportedFactStore {

  private static final int CHUNK = 500;

  private final JdbcClient jdbc;

  ReportedFactStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Every fact of the interventions with these codes (compared without case). */
  public List<ReportedFact> ofCodes(Collection<String> codes) {
    List<String> upper =
        codes.stream().map(c -> c.strip().toUpperCase(Locale.ROOT)).distinct().toList();
    List<ReportedFact> out = new ArrayList<>();
    for (int from = 0; from < upper.size(); from += CHUNK) {
      List<String> chunk = upper.subList(from, Math.min(upper.size(), from + CHUNK));
      String marks = String.join(", ", java.util.Collections.nCopies(chunk.size(), "?"));
      out.addAll(
          jdbc.sql(
                  "select i.code, c.pcode, c.period_label, c.period_start, c.period_end,"
                      + " c.beneficiary_unit, c.reached, c.source, c.import_batch_id"
                      + " from coverage c join intervention i on i.id = c.intervention_id"
                      + " where upper(i.code) in ("
                      + marks
                      + ")")
              .params(new ArrayList<Object>(chunk))
              .query(
                  (rs, n) ->
                      new ReportedFact(
                          rs.getString(1),
                          rs.getString(2),
                          rs.getString(3),
                          rs.getObject(4, java.time.LocalDate.class),
                          rs.getObject(5, java.time.LocalDate.class),
                          rs.getString(6),
                          (Long) rs.getObject(7, Long.class),
                          rs.getString(8),
                          (Long) rs.getObject(9, Long.class)))
              .list());
    }
    return out;
  }
}
