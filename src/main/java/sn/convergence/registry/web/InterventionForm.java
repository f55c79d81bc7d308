package sn.convergence.registry.web;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import sn.convergence.registry.Coverage;
import sn.convergence.registry.Intervention;

/**
 * What the intervention form posts, every value as typed text so that nothing fails at binding:
 * {@link FormConversion} parses dates and numbers and reports what it cannot read. Rows whose
 * inputs are all blank are ignored; field names follow the API's JSON paths ({@code
 * coverage[0].pcode}).
 */
public record InterventionForm(
    String code,
    String title,
    String description,
    List<String> types,
    String modality,
    String conditionality,
    String deliveryMechanism,
    List<String> targetGroups,
    String startDate,
    String endDate,
    String status,
    String scalingStage,
    String policyAnchor,
    String source,
    List<ParticipantRow> participants,
    List<CoverageRow> coverage) {

  /** Blank rows offered after the existing ones, so that rows can be added without script. */
  static final int EXTRA_PARTICIPANTS = 3;

  static final int EXTRA_COVERAGE = 5;

  public InterventionForm {
    types = orEmpty(types);
    targetGroups = orEmpty(targetGroups);
    participants = orEmpty(participants);
    coverage = orEmpty(coverage);
  }

  /** One participant line: an organisation id and a role name. */
  public record ParticipantRow(String organisationId, String role) {

    public boolean blank() {
      return isBlank(organisationId) && isBlank(role);
    }
  }

  /** One coverage line; {@code period} is a period label such as 2021 or 2019/2020. */
  public record CoverageRow(
      String pcode,
      String period,
      String planned,
      String reached,
      String unit,
      String budgetXof,
      String source) {

    public boolean blank() {
      return Stream.of(pcode, period, planned, reached, unit, budgetXof, source)
          .allMatch(InterventionForm::isBlank);
    }
  }

  static InterventionForm empty() {
    return new InterventionForm(
        null, null, null, null, null, null, null, null, null, null, "ONGOING", null, null, null,
        null, null);
  }

  static InterventionForm of(Intervention i) {
    return new InterventionForm(
        i.code(),
        i.title(),
        i.description(),
        i.types(),
        name(i.modality()),
        name(i.conditionality()),
        i.deliveryMechanism(),
        i.targetGroups(),
        i.startDate() == null ? null : i.startDate().toString(),
        i.endDate() == null ? null : i.endDate().toString(),
        name(i.status()),
        name(i.scalingStage()),
        i.policyAnchor(),
        i.source(),
        i.participants().stream()
            .map(p -> new ParticipantRow(p.organisation().toString(), p.role().name()))
            .toList(),
        i.coverage().stream().map(InterventionForm::row).toList());
  }

  /** The same form without blank rows, then the fixed number of blank rows to fill in. */
  InterventionForm withBlankRows() {
    List<ParticipantRow> people =
        new ArrayList<>(participants.stream().filter(r -> r != null && !r.blank()).toList());
    for (int i = 0; i < EXTRA_PARTICIPANTS; i++) {
      people.add(new ParticipantRow(null, null));
    }
    List<CoverageRow> rows =
        new ArrayList<>(coverage.stream().filter(r -> r != null && !r.blank()).toList());
    for (int i = 0; i < EXTRA_COVERAGE; i++) {
      rows.add(new CoverageRow(null, null, null, null, null, null, null));
    }
    return new InterventionForm(
        code,
        title,
        description,
        types,
        modality,
        conditionality,
        deliveryMechanism,
        targetGroups,
        startDate,
        endDate,
        status,
        scalingStage,
        policyAnchor,
        source,
        people,
        rows);
  }

  public boolean hasType(String type) {
    return types.contains(type);
  }

  public boolean hasTargetGroup(String group) {
    return targetGroups.contains(group);
  }

  static boolean isBlank(String text) {
    return text == null || text.isBlank();
  }

  private static CoverageRow row(Coverage c) {
    return new CoverageRow(
        c.pcode().value(),
        c.period().label(),
        text(c.planned()),
        text(c.reached()),
        c.unit().name(),
        text(c.budgetXof()),
        c.source());
  }

  private static String text(Long value) {
    return value == null ? null : value.toString();
  }

  private static String name(Enum<?> value) {
    return value == null ? null : value.name();
  }

  private static <T> List<T> orEmpty(List<T> list) {
    return list == null ? List.of() : java.util.Collections.unmodifiableList(new ArrayList<>(list));
  }
}
