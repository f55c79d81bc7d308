package sn.convergence.registry.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import sn.convergence.registry.web.InterventionForm.CoverageRow;
import sn.convergence.registry.web.InterventionForm.ParticipantRow;
import sn.convergence.system.FieldViolation;

class FormConversionTest {

  private static final CoverageRow BLANK = new CoverageRow("", " ", null, "", "", "", "");

  @Test
  void ignoresBlankRowsAndMapsDraftRowsBackToFormRows() {
    InterventionForm form =
        form(
            List.of(new ParticipantRow("", ""), new ParticipantRow("7", "FUNDER")),
            List.of(
                BLANK,
                new CoverageRow("SN0101", "2021", "1 200", "1\u202f100", "HOUSEHOLDS", "", "")));

    FormConversion conversion = FormConversion.of(form, false);

    assertThat(conversion.violations()).isEmpty();
    assertThat(conversion.draft().participants()).hasSize(1);
    assertThat(conversion.draft().participants().get(0).organisationId()).isEqualTo(7L);
    assertThat(conversion.draft().coverage()).hasSize(1);
    assertThat(conversion.draft().coverage().get(0).planned()).isEqualTo(1_200L);
    assertThat(conversion.draft().coverage().get(0).reached()).isEqualTo(1_100L);
    assertThat(conversion.draft().coverage().get(0).budgetXof()).isNull();
    assertThat(
            conversion.toFormPath(new FieldViolation("coverage[0].pcode", "unknown", "x")).field())
        .isEqualTo("coverage[1].pcode");
    assertThat(
            conversion
                .toFormPath(new FieldViolation("participants[0].role", "unknown", "x"))
                .field())
        .isEqualTo("participants[1].role");
    assertThat(conversion.toFormPath(new FieldViolation("endDate", "before_start", "x")).field())
        .isEqualTo("endDate");
  }

  @Test
  void reportsUnreadableNumbersAndDatesOnTheirFormFields() {
    InterventionForm form =
        new InterventionForm(
            "C",
            "T",
            null,
            List.of("FAMILY_GRANT"),
            null,
            null,
            null,
            null,
            "2021-02-30",
            null,
            "ONGOING",
            null,
            null,
            null,
            List.of(),
            List.of(
                BLANK, BLANK, new CoverageRow("SN01", "2021", "many", "", "PEOPLE", "1e6", "")));

    FormConversion conversion = FormConversion.of(form, true);

    assertThat(conversion.violations())
        .extracting(FieldViolation::field)
        .containsExactlyInAnyOrder("startDate", "coverage[2].planned", "coverage[2].budgetXof");
    assertThat(conversion.draft().startDate()).isNull();
    assertThat(conversion.draft().synthetic()).isTrue();
  }

  @Test
  void offersBlankRowsAfterTheFilledOnes() {
    InterventionForm form =
        form(List.of(new ParticipantRow("1", "FUNDER")), List.of(BLANK)).withBlankRows();

    assertThat(form.participants()).hasSize(1 + InterventionForm.EXTRA_PARTICIPANTS);
    assertThat(form.coverage()).hasSize(InterventionForm.EXTRA_COVERAGE);
    assertThat(form.coverage()).allMatch(CoverageRow::blank);
  }

  private static InterventionForm form(List<ParticipantRow> people, List<CoverageRow> rows) {
    return new InterventionForm(
        "C",
        "T",
        null,
        List.of("FAMILY_GRANT"),
        null,
        null,
        null,
        null,
        null,
        null,
        "ONGOING",
        null,
        null,
        null,
        people,
        rows);
  }
}
