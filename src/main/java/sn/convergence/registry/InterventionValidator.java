package sn.convergence.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import sn.convergence.actors.OrganisationId;
import sn.convergence.geography.AdminUnit;
import sn.convergence.geography.PCode;
import sn.convergence.system.FieldViolation;

/**
 * Checks an {@link InterventionDraft} and returns ALL violations at once, each with the JSON path
 * of the field as the client sent it ({@code endDate}, {@code coverage[0].reached}). Pure: what
 * exists (taxonomy codes, organisations, admin units) is passed in as {@link References}.
 *
 * <p>A coverage P-code is accepted when the unit exists on at least one day of the row's period
 * (Keur Massar, SN0105, created on 28 May 2021, is refused for 2019 and accepted for 2021).
 */
public final class InterventionValidator {

  /** What the draft may refer to. */
  public record References(
      Set<String> typeCodes,
      Set<String> targetGroupCodes,
      Predicate<OrganisationId> organisationExists,
      Function<PCode, Optional<AdminUnit>> units) {}

  private final References references;

  public InterventionValidator(References references) {
    this.references = references;
  }

  public List<FieldViolation> validate(InterventionDraft draft) {
    List<FieldViolation> out = new ArrayList<>();
    text(out, "code", draft.code(), 60, true);
    text(out, "title", draft.title(), 300, true);
    text(out, "deliveryMechanism", draft.deliveryMechanism(), 200, false);
    text(out, "policyAnchor", draft.policyAnchor(), 300, false);
    text(out, "source", draft.source(), 300, false);
    checkTypes(out, draft.types());
    checkCodes(out, "targetGroups", draft.targetGroups(), references.targetGroupCodes());
    enumValue(out, "modality", draft.modality(), Modality.parse(draft.modality()), false);
    enumValue(
        out,
        "conditionality",
        draft.conditionality(),
        Conditionality.parse(draft.conditionality()),
        false);
    enumValue(out, "status", draft.status(), InterventionStatus.parse(draft.status()), true);
    enumValue(
        out, "scalingStage", draft.scalingStage(), ScalingStage.parse(draft.scalingStage()), false);
    if (draft.startDate() != null
        && draft.endDate() != null
        && draft.endDate().isBefore(draft.startDate())) {
      out.add(violation("endDate", "before_start", "The end date is before the start date"));
    }
    for (int i = 0; i < draft.participants().size(); i++) {
      checkParticipant(out, "participants[" + i + "]", draft.participants().get(i));
    }
    for (int i = 0; i < draft.coverage().size(); i++) {
      checkCoverage(out, i, draft.coverage().get(i));
    }
    return out;
  }

  /** Checks coverage rows alone (batch additions), with paths {@code coverage[i].field}. */
  public List<FieldViolation> validateCoverage(List<CoverageDraft> rows) {
    List<FieldViolation> out = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      checkCoverage(out, i, rows.get(i));
    }
    return out;
  }

  private void checkTypes(List<FieldViolation> out, List<String> types) {
    if (types.isEmpty()) {
      out.add(violation("types", "required", "At least one intervention type is required"));
    }
    checkCodes(out, "types", types, references.typeCodes());
  }

  private static void checkCodes(
      List<FieldViolation> out, String field, List<String> codes, Set<String> known) {
    for (int i = 0; i < codes.size(); i++) {
      String code = codes.get(i);
      if (code == null || !known.contains(code)) {
        out.add(violation(field + "[" + i + "]", "unknown", "Unknown code: " + code));
      }
    }
  }

  private void checkParticipant(List<FieldViolation> out, String path, ParticipantDraft p) {
    if (p == null) {
      out.add(violation(path, "required", "A participant is required"));
      return;
    }
    if (p.organisationId() == null) {
      out.add(violation(path + ".organisationId", "required", "An organisation is required"));
    } else if (!references.organisationExists().test(OrganisationId.of(p.organisationId()))) {
      out.add(
          violation(
              path + ".organisationId", "unknown", "Unknown organisation " + p.organisationId()));
    }
    enumValue(out, path + ".role", p.role(), ParticipantRole.parse(p.role()), true);
  }

  /**
   * Checks the row at {@code index}; its violations go first to a list of their own so that the
   * field paths ({@code coverage[index].field}) are written only for rows that have any.
   */
  private void checkCoverage(List<FieldViolation> out, int index, CoverageDraft row) {
    if (row == null) {
      out.add(violation("coverage[" + index + "]", "required", "A coverage row is required"));
      return;
    }
    List<FieldViolation> found = new ArrayList<>(0);
    Optional<Period> period = row.resolvePeriod();
    if (period.isEmpty()) {
      found.add(
          violation(
              "period",
              "invalid",
              "Give a period such as 2021, 2021-Q2, 2021-06, 2019/2020 or start and end dates"));
    }
    checkPcode(found, "pcode", row.pcode(), period.orElse(null));
    enumValue(found, "unit", row.unit(), BeneficiaryUnit.parse(row.unit()), true);
    nonNegative(found, "planned", row.planned());
    nonNegative(found, "reached", row.reached());
    nonNegative(found, "budgetXof", row.budgetXof());
    text(found, "source", row.source(), 300, false);
    for (FieldViolation v : found) {
      out.add(violation("coverage[" + index + "]." + v.field(), v.code(), v.message()));
    }
  }

  private void checkPcode(List<FieldViolation> out, String path, String pcode, Period period) {
    if (pcode == null || pcode.isBlank()) {
      out.add(violation(path, "required", "A P-code is required"));
      return;
    }
    if (!PCode.looksLike(pcode)) {
      out.add(violation(path, "unknown", "Not a P-code: " + pcode));
      return;
    }
    Optional<AdminUnit> unit = references.units().apply(PCode.of(pcode));
    if (unit.isEmpty()) {
      out.add(violation(path, "unknown", "Unknown P-code: " + pcode));
    } else if (period != null && !existsDuring(unit.get(), period)) {
      out.add(
          violation(
              path,
              "not_valid_in_period",
              pcode + " (" + unit.get().name() + ") does not exist during " + period.label()));
    }
  }

  /** True when the unit exists on at least one day of the period. */
  static boolean existsDuring(AdminUnit unit, Period period) {
    return unit.isValidOn(period.start())
        || unit.isValidOn(period.end())
        || (unit.validFrom() != null
            && period.overlaps(unit.validFrom(), unit.validFrom())
            && unit.isValidOn(unit.validFrom()));
  }

  private static void enumValue(
      List<FieldViolation> out, String field, String text, Enum<?> parsed, boolean required) {
    if (text == null || text.isBlank()) {
      if (required) {
        out.add(violation(field, "required", "This field is required"));
      }
    } else if (parsed == null) {
      out.add(violation(field, "unknown", "Unknown value: " + text));
    }
  }

  private static void nonNegative(List<FieldViolation> out, String field, Long value) {
    if (value != null && value < 0) {
      out.add(violation(field, "negative", "Must be zero or more"));
    }
  }

  private static void text(
      List<FieldViolation> out, String field, String value, int max, boolean required) {
    if (value == null || value.isBlank()) {
      if (required) {
        out.add(violation(field, "required", "This field is required"));
      }
    } else if (value.strip().length() > max) {
      out.add(violation(field, "too_long", "At most " + max + " characters are allowed"));
    }
  }

  private static FieldViolation violation(String field, String code, String message) {
    return new FieldViolation(field, code, message);
  }
}
