package sn.convergence.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import sn.convergence.actors.OrganisationId;
import sn.convergence.geography.AdminLevel;
import sn.convergence.geography.AdminUnit;
import sn.convergence.geography.PCode;
import sn.convergence.system.FieldViolation;

class InterventionValidatorTest {

  static final Map<PCode, AdminUnit> UNITS =
      Map.of(
          PCode.of("SN0103"), unit("SN0103", "Pikine", null),
          PCode.of("SN0105"), unit("SN0105", "Keur Massar", LocalDate.of(2021, 5, 28)));

  final InterventionValidator validator =
      new InterventionValidator(
          new InterventionValidator.References(
              Set.of("FAMILY_GRANT", "SCHOOL_CANTEEN"),
              Set.of("PUPILS"),
              id -> id.value() == 1L,
              p -> Optional.ofNullable(UNITS.get(p))));

  @Test
  void acceptsAValidDraft() {
    assertThat(validator.validate(draft(List.of(row("SN0103", "2021", 10L, "PUPILS"))))).isEmpty();
  }

  @Test
  void reportsEveryViolationAtOnceWithJsonPaths() {
    InterventionDraft bad =
        new InterventionDraft(
            " ",
            "T",
            null,
            List.of("FAMILY_GRANT", "NOPE"),
            "TELEPATHY",
            null,
            null,
            List.of("MARTIANS"),
            LocalDate.of(2022, 1, 1),
            LocalDate.of(2021, 1, 1),
            null,
            "GALACTIC",
            null,
            List.of(new ParticipantDraft(99L, "SPONSOR")),
            List.of(row("SN0103", "2021", -1L, "PUPILS"), row("SN0999", "someday", 5L, "LITRES")),
            null,
            false);
    assertThat(validator.validate(bad))
        .extracting(FieldViolation::field)
        .containsExactlyInAnyOrder(
            "code",
            "types[1]",
            "targetGroups[0]",
            "modality",
            "status",
            "scalingStage",
            "endDate",
            "participants[0].organisationId",
            "participants[0].role",
            "coverage[0].reached",
            "coverage[1].period",
            "coverage[1].pcode",
            "coverage[1].unit");
  }

  @Test
  void requiresAtLeastOneType() {
    InterventionDraft none =
        new InterventionDraft(
            "X", "T", null, List.of(), null, null, null, null, null, null, "ONGOING", null, null,
            null, null, null, false);
    assertThat(validator.validate(none)).extracting(FieldViolation::field).containsExactly("types");
  }

  @Test
  void refusesKeurMassarBeforeItsCreationAndAcceptsTheYearOfItsCreation() {
    assertThat(validator.validateCoverage(List.of(row("SN0105", "2019", 1L, "PUPILS"))))
        .extracting(FieldViolation::field, FieldViolation::code)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("coverage[0].pcode", "not_valid_in_period"));
    assertThat(validator.validateCoverage(List.of(row("SN0105", "2021", 1L, "PUPILS")))).isEmpty();
    assertThat(validator.validateCoverage(List.of(row("SN0105", "2021-03", 1L, "PUPILS"))))
        .hasSize(1);
  }

  @Test
  void acceptsExplicitDatesInsteadOfALabel() {
    CoverageDraft explicit =
        new CoverageDraft(
            "SN0103",
            null,
            LocalDate.of(2022, 5, 1),
            LocalDate.of(2022, 7, 31),
            5L,
            4L,
            "HOUSEHOLDS",
            400_000L,
            null);
    assertThat(validator.validateCoverage(List.of(explicit))).isEmpty();
    assertThat(explicit.resolvePeriod().orElseThrow().label()).isEqualTo("2022-05-01/2022-07-31");
  }

  private static InterventionDraft draft(List<CoverageDraft> rows) {
    return new InterventionDraft(
        "PNBSF",
        "Bourses",
        null,
        List.of("FAMILY_GRANT"),
        "CASH",
        "SOFT_CONDITIONAL",
        null,
        List.of("PUPILS"),
        LocalDate.of(2013, 9, 1),
        null,
        "ONGOING",
        "SUSTAINED",
        null,
        List.of(ParticipantDraft.of(OrganisationId.of(1), ParticipantRole.GOVERNMENT_LEAD)),
        rows,
        null,
        true);
  }

  private static CoverageDraft row(String pcode, String period, Long reached, String unit) {
    return new CoverageDraft(pcode, period, null, null, 10L, reached, unit, 1000L, "test");
  }

  static AdminUnit unit(String pcode, String name, LocalDate validFrom) {
    return new AdminUnit(
        PCode.of(pcode),
        AdminLevel.DEPARTMENT,
        name,
        PCode.of("SN01"),
        "SN/SN01/" + pcode,
        validFrom,
        null,
        null,
        null);
  }
}
