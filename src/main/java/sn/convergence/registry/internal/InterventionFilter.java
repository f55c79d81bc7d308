package sn.convergence.registry.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * SQL conditions on interventions (alias {@code i}) and coverage rows (alias {@code c}) built from
 * fixed fragments; every value goes into {@link #params()}, never into the SQL text.
 */
public final class InterventionFilter {

  private final List<String> conditions = new ArrayList<>();
  private final List<Object> params = new ArrayList<>();

  public InterventionFilter text(String text) {
    if (text != null && !text.isBlank()) {
      String like = "%" + escapeLike(text.strip().toLowerCase(Locale.ROOT)) + "%";
      add("(lower(i.code) like ? escape '\\' or lower(i.title) like ? escape '\\')", like, like);
    }
    return this;
  }

  public InterventionFilter family(String family) {
    if (family != null && !family.isBlank()) {
      add(
          "exists (select 1 from intervention_type_link l join intervention_type t"
              + " on t.code = l.type_code where l.intervention_id = i.id and t.family_code = ?)",
          family.strip());
    }
    return this;
  }

  public InterventionFilter type(String type) {
    if (type != null && !type.isBlank()) {
      add(
          "exists (select 1 from intervention_type_link l"
              + " where l.intervention_id = i.id and l.type_code = ?)",
          type.strip());
    }
    return this;
  }

  public InterventionFilter organisation(Long organisationId) {
    if (organisationId != null) {
      add(
          "exists (select 1 from intervention_participant p"
              + " where p.intervention_id = i.id and p.organisation_id = ?)",
          organisationId);
    }
    return this;
  }

  public InterventionFilter targetGroup(String targetGroup) {
    if (targetGroup != null && !targetGroup.isBlank()) {
      add(
          "exists (select 1 from intervention_target_group g"
              + " where g.intervention_id = i.id and g.target_group_code = ?)",
          targetGroup.strip());
    }
    return this;
  }

  public InterventionFilter status(String status) {
    if (status != null) {
      add("i.status = ?", status);
    }
    return this;
  }

  /** Interventions in one of the review states (no filter when the set is null). */
  public InterventionFilter reviewStatusIn(Collection<String> statuses) {
    if (statuses != null) {
      if (statuses.isEmpty()) {
        conditions.add("1 = 0");
      } else {
        add(
            "i.review_status in ("
                + String.join(", ", statuses.stream().map(x -> "?").toList())
                + ")",
            statuses.toArray());
      }
    }
    return this;
  }

  /** Interventions with a coverage row in one of the units (when given) during the dates. */
  public InterventionFilter hasCoverage(Collection<String> pcodes, LocalDate from, LocalDate to) {
    if ((pcodes == null || pcodes.isEmpty()) && from == null) {
      return this;
    }
    InterventionFilter rows = new InterventionFilter().coverageIn(pcodes).coverageDuring(from, to);
    conditions.add(
        "exists (select 1 from coverage c where c.intervention_id = i.id and "
            + String.join(" and ", rows.conditions)
            + ")");
    params.addAll(rows.params);
    return this;
  }

  /** Coverage rows (alias c) of one of the interventions. */
  public InterventionFilter coverageOfInterventions(Collection<Long> ids) {
    if (ids != null && !ids.isEmpty()) {
      add(
          "c.intervention_id in (" + String.join(", ", ids.stream().map(x -> "?").toList()) + ")",
          ids.toArray());
    }
    return this;
  }

  /** Coverage rows (alias c) in one of the units. */
  public InterventionFilter coverageIn(Collection<String> pcodes) {
    if (pcodes != null && !pcodes.isEmpty()) {
      add(
          "c.pcode in (" + String.join(", ", pcodes.stream().map(p -> "?").toList()) + ")",
          pcodes.toArray());
    }
    return this;
  }

  /** Coverage rows (alias c) whose period shares at least one day with [from, to]. */
  public InterventionFilter coverageDuring(LocalDate from, LocalDate to) {
    if (from != null && to != null) {
      add("c.period_start <= ? and c.period_end >= ?", to, from);
    }
    return this;
  }

  /** " where a and b", or an empty string when nothing filters. */
  public String where() {
    return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
  }

  public List<Object> params() {
    return List.copyOf(params);
  }

  private void add(String condition, Object... values) {
    conditions.add(condition);
    params.addAll(List.of(values));
  }

  private static String escapeLike(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
