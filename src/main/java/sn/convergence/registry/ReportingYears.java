package sn.convergence.registry;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import sn.convergence.system.audit.AuditAction;
import sn.convergence.system.audit.AuditTrail;

/**
 * Locked reporting years. Once a coordinator locks a year, only coordinators and administrators may
 * create, change or delete coverage rows whose period touches it ({@link InterventionPermissions}).
 * Locking and unlocking are audited; both are idempotent.
 */
@Service
public class ReportingYears {

  static final String COORDINATORS = "hasAnyRole('ADMIN','COORDINATOR')";
  static final int FIRST = 1990;
  static final int LAST = 2100;

  /** A locked year, who locked it and when. */
  public record LockedYear(int year, String lockedBy, OffsetDateTime lockedAt) {}

  private final JdbcClient jdbc;
  private final AuditTrail audit;

  ReportingYears(JdbcClient jdbc, AuditTrail audit) {
    this.jdbc = jdbc;
    this.audit = audit;
  }

  @Transactional
  @PreAuthorize(COORDINATORS)
  public LockedYear lock(int year) {
    checkRange(year);
    return find(year)
        .orElseGet(
            () -> {
              jdbc.sql(
                      "insert into reporting_year_lock (reporting_year, locked_by, locked_at)"
                          + " values (?, ?, ?)")
                  .params(year, AuditTrail.currentUser(), OffsetDateTime.now())
                  .update();
              LockedYear locked = find(year).orElseThrow();
              audit.record(AuditAction.CREATE, "reporting_year_lock", year, null, locked);
              return locked;
            });
  }

  @Transactional
  @PreAuthorize(COORDINATORS)
  public void unlock(int year) {
    checkRange(year);
    find(year)
        .ifPresent(
            locked -> {
              jdbc.sql("delete from reporting_year_lock where reporting_year = ?")
                  .param(year)
                  .update();
              audit.record(AuditAction.DELETE, "reporting_year_lock", year, locked, null);
            });
  }

  public List<LockedYear> list() {
    return jdbc.sql(
            "select reporting_year, locked_by, locked_at from reporting_year_lock"
                + " order by reporting_year")
        .query(
            (rs, n) ->
                new LockedYear(
                    rs.getInt(1), rs.getString(2), rs.getObject(3, OffsetDateTime.class)))
        .list();
  }

  public Set<Integer> lockedYears() {
    return new TreeSet<>(list().stream().map(LockedYear::year).toList());
  }

  private java.util.Optional<LockedYear> find(int year) {
    return list().stream().filter(y -> y.year() == year).findFirst();
  }

  private static void checkRange(int year) {
    if (year < FIRST || year > LAST) {
      throw new sn.convergence.system.ValidationFailedException(
          List.of(
              new sn.convergence.system.FieldViolation(
                  "year", "out_of_range", "A reporting year is between 1990 and 2100")));
    }
  }
}
