package sn.convergence.registry;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import sn.convergence.actors.Organisation;
import sn.convergence.actors.OrganisationId;
import sn.convergence.actors.Organisations;
import sn.convergence.registry.internal.CoverageStore;
import sn.convergence.registry.internal.InterventionFilter;
import sn.convergence.registry.internal.InterventionStore;

/**
 * Read-only access to coverage rows as classified facts, for the convergence analysis: two queries
 * (rows, then the interventions they belong to), whatever the number of rows.
 */
@Service
public class CoverageRecords {

  private final CoverageStore coverage;
  private final InterventionStore interventions;
  private final Organisations organisations;

  CoverageRecords(
      CoverageStore coverage, InterventionStore interventions, Organisations organisations) {
    this.coverage = coverage;
    this.interventions = interventions;
    this.organisations = organisations;
  }

  private static final List<String> VALIDATED = List.of(ReviewStatus.VALIDATED.name());

  /**
   * Every coverage row of a VALIDATED intervention whose period shares at least one day with [from,
   * to], at any level: analyses are public, so drafts and submissions under review stay out.
   */
  @Transactional(readOnly = true)
  public List<CoverageRecord> during(LocalDate from, LocalDate to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    List<CoverageStore.RawRow> rows =
        coverage.rows(new InterventionFilter().coverageDuring(from, to).reviewStatusIn(VALIDATED));
    if (rows.isEmpty()) {
      return List.of();
    }
    Map<OrganisationId, Organisation> byId = organisations.byId();
    Map<Long, InterventionSummary> summaries = new HashMap<>();
    interventions
        .list(
            new InterventionFilter().hasCoverage(null, from, to).reviewStatusIn(VALIDATED),
            0,
            Integer.MAX_VALUE)
        .forEach(s -> summaries.put(s.id().value(), s));
    return rows.stream()
        .filter(r -> summaries.containsKey(r.interventionId()))
        .map(r -> record(r, summaries.get(r.interventionId()), byId))
        .toList();
  }

  private static CoverageRecord record(
      CoverageStore.RawRow row, InterventionSummary s, Map<OrganisationId, Organisation> byId) {
    List<String> acronyms =
        s.participants().stream()
            .map(p -> byId.get(p.organisation()))
            .filter(Objects::nonNull)
            .map(Organisation::acronym)
            .distinct()
            .toList();
    return new CoverageRecord(
        s.code(),
        s.types(),
        s.targetGroups(),
        acronyms,
        row.pcode(),
        row.start(),
        row.end(),
        row.planned(),
        row.reached(),
        row.unit(),
        row.budgetXof());
  }
}
