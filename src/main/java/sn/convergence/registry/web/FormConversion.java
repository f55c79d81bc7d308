package sn.convergence.registry.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import sn.convergence.registry.CoverageDraft;
import sn.convergence.registry.InterventionDraft;
import sn.convergence.registry.ParticipantDraft;
import sn.convergence.system.FieldViolation;

/**
 * An {@link InterventionForm} read into an {@link InterventionDraft}: blank rows dropped, text
 * parsed, and every value that could not be read listed as a violation on its form field. The
 * draft's row {@code i} comes from form row {@code participantRows.get(i)} (resp. coverage), which
 * {@link #toFormPath} uses to put the validator's violations back on the right inputs.
 */
record FormConversion(
    InterventionDraft draft,
    List<FieldViolation> violations,
    List<Integer> participantRows,
    List<Integer> coverageRows) {

  private static final Pattern ROW = Pattern.compile("^(participants|coverage)\\[(\\d+)](.*)$");

  static FormConversion of(InterventionForm form, boolean synthetic) {
    List<FieldViolation> violations = new ArrayList<>();
    List<Integer> participantRows = new ArrayList<>();
    List<ParticipantDraft> participants = new ArrayList<>();
    for (int i = 0; i < form.participants().size(); i++) {
      InterventionForm.ParticipantRow row = form.participants().get(i);
      if (row != null && !row.blank()) {
        participantRows.add(i);
        participants.add(
            new ParticipantDraft(
                number(violations, "participants[" + i + "].organisationId", row.organisationId()),
                trim(row.role())));
      }
    }
    List<Integer> coverageRows = new ArrayList<>();
    List<CoverageDraft> coverage = new ArrayList<>();
    for (int i = 0; i < form.coverage().size(); i++) {
      InterventionForm.CoverageRow row = form.coverage().get(i);
      if (row != null && !row.blank()) {
        coverageRows.add(i);
        coverage.add(coverage(violations, "coverage[" + i + "]", row));
      }
    }
    InterventionDraft draft =
        new InterventionDraft(
            trim(form.code()),
            trim(form.title()),
            trim(form.description()),
            form.types(),
            trim(form.modality()),
            trim(form.conditionality()),
            trim(form.deliveryMechanism()),
            form.targetGroups(),
            date(violations, "startDate", form.startDate()),
            date(violations, "endDate", form.endDate()),
            trim(form.status()),
            trim(form.scalingStage()),
            trim(form.policyAnchor()),
            participants,
            coverage,
            trim(form.source()),
            synthetic);
    return new FormConversion(draft, violations, participantRows, coverageRows);
  }

  /** The violation with its row index translated from the draft's rows to the form's rows. */
  FieldViolation toFormPath(FieldViolation violation) {
    Matcher m = ROW.matcher(violation.field() == null ? "" : violation.field());
    if (!m.matches()) {
      return violation;
    }
    List<Integer> rows = m.group(1).equals("participants") ? participantRows : coverageRows;
    int index = Integer.parseInt(m.group(2));
    if (index >= rows.size()) {
      return violation;
    }
    String field = m.group(1) + "[" + rows.get(index) + "]" + m.group(3);
    return new FieldViolation(field, violation.code(), violation.message());
  }

  private static CoverageDraft coverage(
      List<FieldViolation> out, String path, InterventionForm.CoverageRow row) {
    return new CoverageDraft(
        trim(row.pcode()),
        trim(row.period()),
        null,
        null,
        number(out, path + ".planned", row.planned()),
        number(out, path + ".reached", row.reached()),
        trim(row.unit()),
        number(out, path + ".budgetXof", row.budgetXof()),
        trim(row.source()));
  }

  /** Digits with optional spaces (thin or not) as thousands separators; null when blank. */
  private static Long number(List<FieldViolation> out, String field, String text) {
    if (InterventionForm.isBlank(text)) {
      return null;
    }
    String digits = text.strip().replaceAll("[\\s\\u00a0\\u202f\\u2009]", "");
    try {
      return Long.parseLong(digits);
    } catch (NumberFormatException e) {
      out.add(new FieldViolation(field, "not_a_number", "Not a whole number: " + text));
      return null;
    }
  }

  private static LocalDate date(List<FieldViolation> out, String field, String text) {
    if (InterventionForm.isBlank(text)) {
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      out.add(new FieldViolation(field, "not_a_date", "Not a date (YYYY-MM-DD): " + text));
      return null;
    }
  }

  private static String trim(String text) {
    return InterventionForm.isBlank(text) ? null : text.strip();
  }
}
