package sn.convergence.ingest.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import sn.convergence.actors.Organisation;
import sn.convergence.actors.OrganisationId;
import sn.convergence.actors.OrganisationType;
import sn.convergence.geography.AdminUnit;
import sn.convergence.geography.PCode;
import sn.convergence.geography.ReferenceGeography;
import sn.convergence.ingest.ExchangeColumn;
import sn.convergence.registry.BeneficiaryUnit;
import sn.convergence.registry.Coverage;
import sn.convergence.registry.InterventionCoverage;
import sn.convergence.registry.InterventionId;
import sn.convergence.registry.InterventionStatus;
import sn.convergence.registry.InterventionSummary;
import sn.convergence.registry.Modality;
import sn.convergence.registry.Participant;
import sn.convergence.registry.ParticipantRole;
import sn.convergence.registry.Period;
import sn.convergence.registry.ReviewStatus;

class RegistryRowsTest {

  private static final OrganisationId WB = OrganisationId.of(1);
  private static final OrganisationId DGPSN = OrganisationId.of(2);
  private static final OrganisationId WFP = OrganisationId.of(3);

  private final RegistryRows rows =
      new RegistryRows(
          Map.of(WB, org(WB, "BM"), DGPSN, org(DGPSN, "DGPSN"), WFP, org(WFP, "PAM")),
          ReferenceGeography.units().stream()
              .collect(Collectors.toMap(AdminUnit::pcode, Function.identity())));

  @Test
  void writesADepartmentRowWithItsRegionAndEveryExchangeColumn() {
    List<Object> cells =
        rows.cells(
            fact(
                List.of(
                    new Participant(WB, ParticipantRole.FUNDER),
                    new Participant(DGPSN, ParticipantRole.IMPLEMENTER)),
                coverage("SN0901", "2019/2020", 1200L, null, 110_000_000L)));

    assertThat(cells).hasSize(ExchangeColumn.values().length);
    assertThat(cell(cells, ExchangeColumn.ACTIVITY_CODE)).isEqualTo("PNBSF");
    assertThat(cell(cells, ExchangeColumn.ORGANISATION)).isEqualTo("DGPSN");
    assertThat(cell(cells, ExchangeColumn.TYPE)).isEqualTo("FAMILY_GRANT | EXCEPTIONAL_CASH");
    assertThat(cell(cells, ExchangeColumn.TARGET_GROUPS))
        .isEqualTo("EXTREMELY_POOR_HOUSEHOLDS | RNU_HOUSEHOLDS");
    assertThat(cell(cells, ExchangeColumn.COUNTRY)).isEqualTo("SN");
    assertThat(cell(cells, ExchangeColumn.ADM1_CODE)).isEqualTo("SN09");
    assertThat(cell(cells, ExchangeColumn.ADM1_NAME)).isEqualTo("Matam");
    assertThat(cell(cells, ExchangeColumn.ADM2_CODE)).isEqualTo("SN0901");
    assertThat(cell(cells, ExchangeColumn.ADM2_NAME)).isEqualTo("Kanel");
    assertThat(cell(cells, ExchangeColumn.PERIOD)).isEqualTo("2019/2020");
    assertThat(cell(cells, ExchangeColumn.TARGETED)).isEqualTo(1200L);
    assertThat(cell(cells, ExchangeColumn.REACHED)).isNull();
    assertThat(cell(cells, ExchangeColumn.UNIT)).isEqualTo("HOUSEHOLDS");
    assertThat(cell(cells, ExchangeColumn.BUDGET_XOF)).isEqualTo(110_000_000L);
    assertThat(cell(cells, ExchangeColumn.STATUS)).isEqualTo("ONGOING");
    assertThat(cell(cells, ExchangeColumn.SOURCE)).isEqualTo("Rapport 2020");
  }

  @Test
  void leavesTheDepartmentBlankOnARegionRowAndBothOnANationalRow() {
    List<Object> region = rows.cells(fact(List.of(), coverage("SN09", "2021", 10L, 9L, null)));
    List<Object> national = rows.cells(fact(List.of(), coverage("SN", "2021", 10L, 9L, null)));

    assertThat(cell(region, ExchangeColumn.ADM1_CODE)).isEqualTo("SN09");
    assertThat(cell(region, ExchangeColumn.ADM2_CODE)).isNull();
    assertThat(cell(region, ExchangeColumn.ADM2_NAME)).isNull();
    assertThat(cell(national, ExchangeColumn.COUNTRY)).isEqualTo("SN");
    assertThat(cell(national, ExchangeColumn.ADM1_CODE)).isNull();
    assertThat(cell(national, ExchangeColumn.ADM2_CODE)).isNull();
    assertThat(cell(national, ExchangeColumn.ORGANISATION)).isNull();
  }

  @Test
  void namesTheFirstParticipantWhenNoneImplements() {
    assertThat(
            rows.lead(
                List.of(
                    new Participant(WFP, ParticipantRole.FUNDER),
                    new Participant(WB, ParticipantRole.PARTNER))))
        .isEqualTo("PAM");
  }

  @Test
  void headersAndHashtagsFollowTheExchangeColumns() {
    assertThat(RegistryRows.headers()).startsWith("Code intervention", "Intervention");
    assertThat(RegistryRows.hashtags()).contains("#adm2 +code", "#value +budget +xof");
    assertThat(RegistryRows.hashtags()).hasSameSizeAs(RegistryRows.headers());
  }

  private static Object cell(List<Object> cells, ExchangeColumn column) {
    return cells.get(column.ordinal());
  }

  private static InterventionCoverage fact(List<Participant> participants, Coverage coverage) {
    return new InterventionCoverage(
        new InterventionSummary(
            InterventionId.of(7),
            "PNBSF",
            "Programme national de bourses",
            List.of("FAMILY_GRANT", "EXCEPTIONAL_CASH"),
            Modality.CASH,
            InterventionStatus.ONGOING,
            null,
            null,
            null,
            List.of("EXTREMELY_POOR_HOUSEHOLDS", "RNU_HOUSEHOLDS"),
            participants,
            1,
            false,
            ReviewStatus.VALIDATED),
        coverage);
  }

  private static Coverage coverage(
      String pcode, String period, Long planned, Long reached, Long budget) {
    return new Coverage(
        1,
        PCode.of(pcode),
        Period.parse(period),
        planned,
        reached,
        BeneficiaryUnit.HOUSEHOLDS,
        budget,
        "Rapport 2020",
        false);
  }

  private static Organisation org(OrganisationId id, String acronym) {
    return new Organisation(
        id,
        acronym,
        acronym,
        OrganisationType.GOVERNMENT,
        null,
        null,
        false,
        Instant.EPOCH,
        Instant.EPOCH,
        0);
  }
}
