package sn.convergence.convergence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import sn.convergence.actors.Organisations;
import sn.convergence.context.ContextIndicators;
import sn.convergence.geography.AdminLevel;
import sn.convergence.geography.PCode;
import sn.convergence.registry.Interventions;
import sn.convergence.support.PlatformTest;

/** The application service on {@link ConvergenceScenario}, stored through the modules' APIs. */
@PlatformTest
@TestPropertySource(properties = "convergence.test.dataset=convergence-scenario")
class ComputeConvergenceIntegrationTest {

  @Autowired ComputeConvergence compute;
  @Autowired Organisations organisations;
  @Autowired Interventions interventions;
  @Autowired ContextIndicators context;

  ConvergenceRun run;

  @BeforeEach
  void seedAndRun() {
    ConvergenceScenario.seed(organisations, interventions, context);
    run = compute.run(ConvergenceScenario.query());
  }

  @Test
  void classifiesTheSeededDepartmentsAsHandComputed() {
    assertThat(unitClass("SN0902")).isEqualTo(UnitClass.CONVERGENCE);
    assertThat(unitClass("SN0901")).isEqualTo(UnitClass.GAP);
    assertThat(unitClass("SN1202")).isEqualTo(UnitClass.GAP);
    assertThat(unitClass("SN1002")).isEqualTo(UnitClass.DUPLICATION);
    assertThat(unitClass("SN1001")).isEqualTo(UnitClass.LOW_PRIORITY);
    assertThat(unitClass("SN1003")).isEqualTo(UnitClass.LOW_PRIORITY);
    assertThat(run.result().units()).hasSize(46);
    assertThat(run.result().units().stream().filter(u -> u.status() == DataStatus.SCORED))
        .hasSize(6);
  }

  @Test
  void scoresMatamFromItsParts() {
    UnitScores matam = scores("SN0902");
    assertThat(matam.need().value()).isCloseTo(1.0, within(1e-9));
    assertThat(matam.componentsPresent()).isEqualTo(3);
    assertThat(matam.coverage()).isCloseTo((0.5 + 0.6 + 0 + 2000.0 / 7000) / 4, within(1e-9));
    assertThat(matam.gap()).isCloseTo(1.0 * (1 - matam.coverage()), within(1e-9));
    assertThat(scores("SN0901").need().value()).isCloseTo(0.88, within(1e-9));
  }

  @Test
  void keepsThePeakOfQuarterlyReportsInsteadOfAddingThem() {
    ComponentPresence grants = scores("SN0902").components().get(0);
    assertThat(grants.code()).isEqualTo("FAMILY_GRANTS");
    assertThat(grants.coverage()).isCloseTo(3500.0 / 7000, within(1e-9));
  }

  @Test
  void countsRegionWideRowsApartWithoutSpreadingThem() {
    assertThat(run.inputs().coarserRows()).isEqualTo(1);
    ComponentPresence shock = scores("SN0902").components().get(3);
    assertThat(shock.code()).isEqualTo("SHOCK_ASSISTANCE");
    assertThat(shock.coverage()).isCloseTo(2000.0 / 7000, within(1e-9));
  }

  @Test
  void recordsTheContextYearUsedForEachUnit() {
    NeedPart dagana = part("SN1001", "POVERTY_RATE");
    assertThat(dagana.year()).isEqualTo(2018);
    assertThat(dagana.rawValue()).isEqualTo(20);
    assertThat(part("SN0902", "POVERTY_RATE").year()).isEqualTo(2021);
    assertThat(run.inputs().latestContextYears()).containsEntry("POVERTY_RATE", 2021);
  }

  @Test
  void reportsUnitsWithoutContextAsInsufficientData() {
    UnitProfile dakar = run.result().unit(PCode.of("SN0101")).orElseThrow();
    assertThat(dakar.status()).isEqualTo(DataStatus.INSUFFICIENT_DATA);
    assertThat(dakar.missing()).extracting(MissingItem::code).contains("POVERTY_RATE", "CH_PHASE");
  }

  @Test
  void groupsContiguousUnitsIntoZonesWithPriorityActivities() {
    List<Zone> zones = run.result().zones();
    assertThat(zones)
        .extracting(Zone::id)
        .containsExactly("GAP-SN0901", "CONVERGENCE-SN0902", "DUPLICATION-SN1002");
    assertThat(zones.get(0).nameFr()).isEqualTo("Kanel – Goudiry");
    assertThat(zones.get(1).activities())
        .extracting(Activity::code)
        .contains("GRANTS_WITH_SHOCK_RESPONSE", "RESILIENCE");
    assertThat(zones.get(2).activities().get(0).organisations())
        .containsExactly("CS-CSA", "CS-WFP");
  }

  @Test
  void derivesRegionValuesFromTheirDepartments() {
    ConvergenceQuery regions =
        new ConvergenceQuery(
            AdminLevel.REGION,
            2021,
            2023,
            ConvergenceScenario.query().needIndicators(),
            ConvergenceScenario.query().thresholds());
    ConvergenceRun byRegion = compute.run(regions);
    UnitProfile saintLouis = byRegion.result().unit(PCode.of("SN10")).orElseThrow();
    assertThat(saintLouis.status()).isEqualTo(DataStatus.SCORED);
    NeedPart poverty =
        saintLouis.scores().orElseThrow().need().parts().stream()
            .filter(p -> p.indicatorCode().equals("POVERTY_RATE"))
            .findFirst()
            .orElseThrow();
    assertThat(poverty.rawValue()).isCloseTo((20 + 40 + 30) / 3.0, within(1e-9));
    assertThat(poverty.year()).isEqualTo(2018);
    assertThat(poverty.source()).startsWith("Agrégé de 3 départements");
    assertThat(byRegion.result().unit(PCode.of("SN09")).orElseThrow().status())
        .isEqualTo(DataStatus.INSUFFICIENT_DATA);
  }

  @Test
  void fingerprintIsStableForUnchangedInputs() {
    assertThat(compute.fingerprint(ConvergenceScenario.query()))
        .isEqualTo(run.result().fingerprint());
  }

  private UnitClass unitClass(String pcode) {
    return run.result().unit(PCode.of(pcode)).orElseThrow().unitClass().orElseThrow();
  }

  private UnitScores scores(String pcode) {
    return run.result().unit(PCode.of(pcode)).orElseThrow().scores().orElseThrow();
  }

  private NeedPart part(String pcode, String indicator) {
    return scores(pcode).need().parts().stream()
        .filter(p -> p.indicatorCode().equals(indicator))
        .findFirst()
        .orElseThrow();
  }
}
