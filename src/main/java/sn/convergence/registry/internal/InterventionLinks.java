package sn.convergence.registry.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import sn.convergence.actors.OrganisationId;
import sn.convergence.registry.Participant;
import sn.convergence.registry.ParticipantRole;

/** Reads the types, target groups and participants of many interventions with three queries. */
@Repository
class InterventionLinks {

  private final JdbcClient jdbc;

  InterventionLinks(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Links links(List<Long> ids) {
    if (ids.isEmpty()) {
      return new Links(Map.of(), Map.of(), Map.of());
    }
    String in = "(" + String.join(", ", ids.stream().map(x -> "?").toList()) + ")";
    Map<Long, List<String>> types = new HashMap<>();
    jdbc.sql(
            "select l.intervention_id, l.type_code from intervention_type_link l"
                + " join intervention_type t on t.code = l.type_code"
                + " join intervention_family f on f.code = t.family_code"
                + " where l.intervention_id in "
                + in
                + " order by f.sort_order, t.sort_order")
        .params(ids)
        .query(
            (RowCallbackHandler)
                rs ->
                    types
                        .computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(rs.getString(2)));
    Map<Long, List<String>> groups = new HashMap<>();
    jdbc.sql(
            "select g.intervention_id, g.target_group_code from intervention_target_group g"
                + " join target_group t on t.code = g.target_group_code"
                + " where g.intervention_id in "
                + in
                + " order by t.sort_order")
        .params(ids)
        .query(
            (RowCallbackHandler)
                rs ->
                    groups
                        .computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(rs.getString(2)));
    Map<Long, List<Participant>> participants = new HashMap<>();
    jdbc.sql(
            "select intervention_id, organisation_id, role from intervention_participant"
                + " where intervention_id in "
                + in
                + " order by role, organisation_id")
        .params(ids)
        .query(
            (RowCallbackHandler)
                rs ->
                    participants
                        .computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(
                            new Participant(
                                OrganisationId.of(rs.getLong(2)),
                                ParticipantRole.valueOf(rs.getString(3)))));
    return new Links(types, groups, participants);
  }

  record Links(
      Map<Long, List<String>> types,
      Map<Long, List<String>> groups,
      Map<Long, List<Participant>> participants) {
    List<String> types(long id) {
      return types.getOrDefault(id, List.of());
    }

    List<String> groups(long id) {
      return groups.getOrDefault(id, List.of());
    }

    List<Participant> participants(long id) {
      return participants.getOrDefault(id, List.of());
    }
  }
}
