package sn.convergence.registry.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import sn.convergence.actors.OrganisationId;
import sn.convergence.registry.Conditionality;
import sn.convergence.registry.Intervention;
import sn.convergence.registry.InterventionDraft;
import sn.convergence.registry.InterventionId;
import sn.convergence.registry.InterventionStatus;
import sn.convergence.registry.InterventionSummary;
import sn.convergence.registry.Modality;
import sn.convergence.registry.Participant;
import sn.convergence.registry.ParticipantDraft;
import sn.convergence.registry.ParticipantRole;
import sn.convergence.registry.Review;
import sn.convergence.registry.ReviewStatus;
import sn.convergence.registry.ScalingStage;

/**
 * Rows of {@code intervention} and its link tables. Drafts must be validated first. Callers provide
 * the transaction; coverage rows are in {@link CoverageStore}.
 */
@Repository
public class InterventionStore {

  private static final String COLUMNS =
      "i.id, i.code, i.title, i.description, i.modality, i.conditionality, i.delivery_mechanism,"
          + " i.start_date, i.end_date, i.status, i.scaling_stage, i.policy_anchor, i.source,"
          + " i.synthetic, i.created_at, i.updated_at, i.version, i.review_status,"
          + " i.review_comment, i.submitted_by, i.submitted_at, i.validated_by, i.validated_at";

  private final JdbcClient jdbc;
  private final CoverageStore coverage;
  private final InterventionLinks linkStore;

  InterventionStore(JdbcClient jdbc, CoverageStore coverage, InterventionLinks linkStore) {
    this.jdbc = jdbc;
    this.coverage = coverage;
    this.linkStore = linkStore;
  }

  public InterventionId insert(InterventionDraft d, Instant now, Review review) {
    KeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql(
            "insert into intervention (code, title, description, modality, conditionality,"
                + " delivery_mechanism, start_date, end_date, status, scaling_stage, policy_anchor,"
                + " source, synthetic, created_at, updated_at, version, review_status,"
                + " review_comment, submitted_by, submitted_at, validated_by, validated_at)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?)")
        .params(fields(d))
        .param(now.atOffset(ZoneOffset.UTC))
        .param(now.atOffset(ZoneOffset.UTC))
        .params(reviewFields(review))
        .update(keys, "id");
    InterventionId id = InterventionId.of(keys.getKeyAs(Number.class).longValue());
    insertLinks(id, d);
    return id;
  }

  /** Stores a new review state; returns false when the intervention does not exist. */
  public boolean saveReview(InterventionId id, Review review) {
    List<Object> params = new ArrayList<>(java.util.Arrays.asList(reviewFields(review)));
    params.add(id.value());
    return jdbc.sql(
                "update intervention set review_status = ?, review_comment = ?, submitted_by = ?,"
                    + " submitted_at = ?, validated_by = ?, validated_at = ? where id = ?")
            .params(params)
            .update()
        == 1;
  }

  /** Replaces the fields and links of an intervention; its coverage rows are left alone. */
  public boolean update(InterventionId id, InterventionDraft d, Instant now) {
    int updated =
        jdbc.sql(
                "update intervention set code = ?, title = ?, description = ?, modality = ?,"
                    + " conditionality = ?, delivery_mechanism = ?, start_date = ?, end_date = ?,"
                    + " status = ?, scaling_stage = ?, policy_anchor = ?, source = ?, synthetic = ?,"
                    + " updated_at = ?, version = version + 1 where id = ?")
            .params(fields(d))
            .param(now.atOffset(ZoneOffset.UTC))
            .param(id.value())
            .update();
    for (String table :
        List.of(
            "intervention_type_link", "intervention_target_group", "intervention_participant")) {
      jdbc.sql("delete from " + table + " where intervention_id = ?").param(id.value()).update();
    }
    insertLinks(id, d);
    return updated == 1;
  }

  public boolean delete(InterventionId id) {
    return jdbc.sql("delete from intervention where id = ?").param(id.value()).update() == 1;
  }

  public Optional<InterventionId> findIdByCode(String code) {
    return jdbc.sql("select id from intervention where lower(code) = lower(?)")
        .param(code.strip())
        .query((rs, i) -> InterventionId.of(rs.getLong(1)))
        .optional();
  }

  public Optional<Intervention> find(InterventionId id) {
    Optional<Row> row =
        jdbc.sql("select " + COLUMNS + " from intervention i where i.id = ?")
            .param(id.value())
            .query(InterventionStore::row)
            .optional();
    return row.map(
        r -> {
          InterventionLinks.Links links = linkStore.links(List.of(id.value()));
          return r.toIntervention(
              links.types(id.value()),
              links.groups(id.value()),
              links.participants(id.value()),
              coverage.findByIntervention(id));
        });
  }

  public long count(InterventionFilter filter) {
    return jdbc.sql("select count(*) from intervention i" + filter.where())
        .params(filter.params())
        .query(Long.class)
        .single();
  }

  /** One page of summaries ordered by code. */
  public List<InterventionSummary> list(InterventionFilter filter, int offset, int limit) {
    List<Object> params = new ArrayList<>(filter.params());
    params.add(limit);
    params.add(offset);
    List<Row> rows =
        jdbc.sql(
                "select "
                    + COLUMNS
                    + " from intervention i"
                    + filter.where()
                    + " order by i.code limit ? offset ?")
            .params(params)
            .query(InterventionStore::row)
            .list();
    List<Long> ids = rows.stream().map(Row::id).toList();
    InterventionLinks.Links links = linkStore.links(ids);
    Map<Long, Integer> counts = coverage.countByIntervention(ids);
    return rows.stream()
        .map(
            r ->
                new InterventionSummary(
                    InterventionId.of(r.id()),
                    r.code(),
                    r.title(),
                    links.types(r.id()),
                    r.modality(),
                    r.status(),
                    r.scalingStage(),
                    r.startDate(),
                    r.endDate(),
                    links.groups(r.id()),
                    links.participants(r.id()),
                    counts.getOrDefault(r.id(), 0),
                    r.synthetic(),
                    r.review().status()))
        .toList();
  }

  /** Participants of every intervention, by intervention id. */
  public Map<Long, List<Participant>> allParticipants() {
    Map<Long, List<Participant>> out = new HashMap<>();
    jdbc.sql("select intervention_id, organisation_id, role from intervention_participant")
        .query(
            (RowCallbackHandler)
                rs -> {
                  out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                      .add(
                          new Participant(
                              OrganisationId.of(rs.getLong(2)),
                              ParticipantRole.valueOf(rs.getString(3))));
                });
    return out;
  }

  /**
   * For each organisation taking part in at least one intervention matching the filter, the number
   * of those interventions (any role, each counted once): one grouped query.
   */
  public Map<Long, Long> countPerOrganisation(InterventionFilter filter) {
    Map<Long, Long> counts = new HashMap<>();
    jdbc.sql(
            "select p.organisation_id, count(distinct p.intervention_id)"
                + " from intervention_participant p join intervention i on i.id = p.intervention_id"
                + filter.where()
                + " group by p.organisation_id")
        .params(filter.params())
        .query((RowCallbackHandler) rs -> counts.put(rs.getLong(1), rs.getLong(2)));
    return counts;
  }

  public long countByOrganisation(OrganisationId id) {
    return jdbc.sql(
            "select count(distinct intervention_id) from intervention_participant"
                + " where organisation_id = ?")
        .param(id.value())
        .query(Long.class)
        .single();
  }

  private void insertLinks(InterventionId id, InterventionDraft d) {
    for (String type : d.types().stream().distinct().toList()) {
      jdbc.sql("insert into intervention_type_link (intervention_id, type_code) values (?, ?)")
          .params(id.value(), type)
          .update();
    }
    for (String group : d.targetGroups().stream().distinct().toList()) {
      jdbc.sql(
              "insert into intervention_target_group (intervention_id, target_group_code)"
                  + " values (?, ?)")
          .params(id.value(), group)
          .update();
    }
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (ParticipantDraft p : d.participants()) {
      ParticipantRole role = ParticipantRole.parse(p.role());
      if (seen.add(p.organisationId() + ":" + role)) {
        jdbc.sql(
                "insert into intervention_participant (intervention_id, organisation_id, role)"
                    + " values (?, ?, ?)")
            .params(id.value(), p.organisationId(), role.name())
            .update();
      }
    }
  }

  private static Object[] reviewFields(Review r) {
    return new Object[] {
      r.status().name(),
      r.comment(),
      r.submittedBy(),
      offset(r.submittedAt()),
      r.validatedBy(),
      offset(r.validatedAt())
    };
  }

  private static java.time.OffsetDateTime offset(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }

  private static Object[] fields(InterventionDraft d) {
    return new Object[] {
      d.code().strip(),
      d.title().strip(),
      blankToNull(d.description()),
      name(Modality.parse(d.modality())),
      name(Conditionality.parse(d.conditionality())),
      blankToNull(d.deliveryMechanism()),
      d.startDate(),
      d.endDate(),
      InterventionStatus.parse(d.status()).name(),
      name(ScalingStage.parse(d.scalingStage())),
      blankToNull(d.policyAnchor()),
      blankToNull(d.source()),
      d.synthetic()
    };
  }

  private record Row(
      long id,
      String code,
      String title,
      String description,
      Modality modality,
      Conditionality conditionality,
      String deliveryMechanism,
      LocalDate startDate,
      LocalDate endDate,
      InterventionStatus status,
      ScalingStage scalingStage,
      String policyAnchor,
      String source,
      boolean synthetic,
      Instant createdAt,
      Instant updatedAt,
      int version,
      Review review) {

    Intervention toIntervention(
        List<String> types,
        List<String> groups,
        List<Participant> participants,
        List<sn.convergence.registry.Coverage> rows) {
      return new Intervention(
          InterventionId.of(id),
          code,
          title,
          description,
          types,
          modality,
          conditionality,
          deliveryMechanism,
          groups,
          startDate,
          endDate,
          status,
          scalingStage,
          policyAnchor,
          participants,
          rows,
          source,
          synthetic,
          createdAt,
          updatedAt,
          version,
          review);
    }
  }

  private static Row row(ResultSet rs, int i) throws SQLException {
    return new Row(
        rs.getLong("id"),
        rs.getString("code"),
        rs.getString("title"),
        rs.getString("description"),
        Modality.parse(rs.getString("modality")),
        Conditionality.parse(rs.getString("conditionality")),
        rs.getString("delivery_mechanism"),
        rs.getObject("start_date", LocalDate.class),
        rs.getObject("end_date", LocalDate.class),
        InterventionStatus.valueOf(rs.getString("status")),
        ScalingStage.parse(rs.getString("scaling_stage")),
        rs.getString("policy_anchor"),
        rs.getString("source"),
        rs.getBoolean("synthetic"),
        instant(rs.getTimestamp("created_at")),
        instant(rs.getTimestamp("updated_at")),
        rs.getInt("version"),
        new Review(
            ReviewStatus.valueOf(rs.getString("review_status")),
            rs.getString("review_comment"),
            rs.getString("submitted_by"),
            instant(rs.getTimestamp("submitted_at")),
            rs.getString("validated_by"),
            instant(rs.getTimestamp("validated_at"))));
  }

  private static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }

  private static String name(Enum<?> value) {
    return value == null ? null : value.name();
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
