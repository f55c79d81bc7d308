package sn.convergence.registry;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import sn.convergence.geography.AdminUnits;
import sn.convergence.geography.PCode;
import sn.convergence.registry.internal.CoverageStore;

/**
 * Reads the registry as a stream of coverage facts with their intervention, for exports: one page
 * of {@value #PAGE} interventions at a time (then their rows in one query), so memory stays bounded
 * whatever the registry's size. Visibility is that of {@link Interventions#list}: anonymous readers
 * get validated interventions only, signed-in users every review status.
 */
@Service
public class CoverageFacts {

  static final int PAGE = 200;

  private final Interventions interventions;
  private final CoverageStore coverage;
  private final AdminUnits adminUnits;

  CoverageFacts(Interventions interventions, CoverageStore coverage, AdminUnits adminUnits) {
    this.interventions = interventions;
    this.coverage = coverage;
    this.adminUnits = adminUnits;
  }

  /**
   * Hands every fact of the interventions matching the query to the consumer: interventions by
   * code, their rows by period start, P-code and id. With {@code pcode} only the rows in that unit
   * or inside it, with {@code year} only the rows whose period overlaps that calendar year. Returns
   * the number of facts handed out.
   */
  @Transactional(readOnly = true)
  public long forEach(InterventionQuery query, Consumer<InterventionCoverage> each) {
    List<String> pcodes = unitsWithin(query.pcode());
    LocalDate from = query.year() == null ? null : LocalDate.of(query.year(), 1, 1);
    LocalDate to = query.year() == null ? null : LocalDate.of(query.year(), 12, 31);
    long count = 0;
    for (int page = 0; ; page++) {
      InterventionPage result = interventions.list(query, page, PAGE);
      List<InterventionSummary> items = result.items();
      if (items.isEmpty()) {
        return count;
      }
      List<Long> ids = items.stream().map(s -> s.id().value()).toList();
      Map<Long, List<Coverage>> rows = coverage.findByInterventions(ids, pcodes, from, to);
      for (InterventionSummary summary : items) {
        for (Coverage row : rows.getOrDefault(summary.id().value(), List.of())) {
          each.accept(new InterventionCoverage(summary, row));
          count++;
        }
      }
      if ((long) (page + 1) * PAGE >= result.total()) {
        return count;
      }
    }
  }

  private List<String> unitsWithin(PCode pcode) {
    if (pcode == null) {
      return List.of();
    }
    List<String> within =
        adminUnits.all().stream()
            .filter(u -> u.isWithin(pcode))
            .map(u -> u.pcode().value())
            .toList();
    return within.isEmpty() ? List.of(pcode.value()) : within;
  }
}
