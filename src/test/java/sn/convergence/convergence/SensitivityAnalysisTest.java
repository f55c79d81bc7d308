package sn.convergence.convergence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static sn.convergence.convergence.Fixtures.pcode;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import sn.convergence.geography.AdminLevel;

class SensitivityAnalysisTest {

  private static final ConvergenceParameters DEFAULTS =
      ConvergenceParameters.defaults(AdminLevel.DEPARTMENT, "2021");

  @Test
  void sameSeedGivesTheSameFiguresOverRandomInstances() {
    RandomInstances random = new RandomInstances(21, 0.05);
    for (int i = 0; i < 200; i++) {
      ConvergenceInputs inputs = random.next(12, 4);
      SensitivitySettings settings =
          i % 2 == 0
              ? SensitivitySettings.multiplicative(50, 1000 + i, 0.3)
              : SensitivitySettings.dirichlet(50, 1000 + i, 20);
      SensitivityReport first = SensitivityAnalysis.run(inputs, DEFAULTS, settings);
      SensitivityReport second =
          SensitivityAnalysis.run(random.shuffled(inputs), DEFAULTS, settings);
      assertThat(second).isEqualTo(first);
    }
  }

  @Test
  void anotherSeedGivesOtherDraws() {
    ConvergenceInputs inputs = new RandomInstances(22, 0).next(30, 6);
    SensitivityReport a =
        SensitivityAnalysis.run(inputs, DEFAULTS, SensitivitySettings.dirichlet(500, 1, 3));
    SensitivityReport b =
        SensitivityAnalysis.run(inputs, DEFAULTS, SensitivitySettings.dirichlet(500, 2, 3));
    assertThat(a.fingerprint()).isNotEqualTo(b.fingerprint());
    assertThat(a.units()).isNotEqualTo(b.units());
  }

  @Test
  void zeroNoiseKeepsEveryClass() {
    ConvergenceInputs inputs = new RandomInstances(23, 0.1).next(25, 5);
    SensitivityReport report =
        SensitivityAnalysis.run(inputs, DEFAULTS, SensitivitySettings.multiplicative(100, 5, 0));
    ConvergenceResult base = ConvergenceAnalysis.compute(inputs, DEFAULTS);
    long scored = base.units().stream().filter(u -> u.scores().isPresent()).count();
    assertThat(report.units()).hasSize((int) scored);
    assertThat(report.units()).allSatisfy(u -> assertThat(u.keptShare()).isEqualTo(1.0));
    assertThat(report.units())
        .allSatisfy(
            u ->
                assertThat(base.unit(u.pcode()).orElseThrow().unitClass()).contains(u.baseClass()));
    assertThat(report.meanKeptShare()).isEqualTo(1.0);
  }

  @Test
  void classesThatDoNotDependOnNeedNeverMove() {
    // Mbour has need 0 whatever the weights (lowest poverty and phase): it stays a duplication
    // zone.
    SensitivityReport report =
        SensitivityAnalysis.run(
            SixDepartments.inputs(),
            SixDepartments.parameters(),
            SensitivitySettings.dirichlet(1000, 42, 2));
    UnitStability mbour =
        report.units().stream()
            .filter(u -> u.pcode().equals(pcode("SN0104")))
            .findFirst()
            .orElseThrow();
    assertThat(mbour.baseClass()).isEqualTo(UnitClass.DUPLICATION);
    assertThat(mbour.keptShare()).isEqualTo(1.0);
    assertThat(report.units()).extracting(UnitStability::pcode).doesNotContain(pcode("SN0106"));
    assertThat(report.units())
        .allSatisfy(
            u ->
                assertThat(u.shares().stream().mapToDouble(UnitStability.ClassShare::share).sum())
                    .isCloseTo(1.0, within(1e-9)));
  }

  @Test
  void unitsWhoseNeedStaysOnOneSideOfTheCutOffKeepTheirClass() {
    // Under any weights w1 + w2 = 1: Podor .8w1 + w2 >= .8, Matam w1 + .5w2 >= .5, Kanel .5
    // exactly (at the cut-off, kept thanks to the rounding tolerance), Goudiry .9w1 + w2 >= .9,
    // Mbour 0. Coverage does not move, so every class is kept under +/-50 % noise.
    SensitivityReport report =
        SensitivityAnalysis.run(
            SixDepartments.inputs(),
            SixDepartments.parameters(),
            SensitivitySettings.multiplicative(300, 9, 0.5));
    assertThat(report.units()).hasSize(5);
    assertThat(report.units()).allSatisfy(u -> assertThat(u.keptShare()).isEqualTo(1.0));
  }

  @Test
  void unitsNearAQuantileCutOffChangeClassUnderStrongNoise() {
    ConvergenceInputs inputs = new RandomInstances(24, 0).next(40, 6);
    SensitivityReport report =
        SensitivityAnalysis.run(inputs, DEFAULTS, SensitivitySettings.dirichlet(400, 3, 1));
    assertThat(report.meanKeptShare()).isLessThan(1.0).isGreaterThan(0.0);
    assertThat(report.units()).anySatisfy(u -> assertThat(u.keptShare()).isLessThan(1.0));
  }

  @Test
  void comparesWorkingGroupsWeightSetsSideBySide() {
    // Group 1 weights poverty only, group 2 phase only, group 3 both (the scenario's weights).
    // Needs: poverty only  Podor .8  Matam 1   Kanel .5 Mbour 0 Goudiry .9
    //        phase only    Podor 1   Matam .5  Kanel .5 Mbour 0 Goudiry 1
    // With cut-off .5 every need class is unchanged, so all three sets agree on every unit.
    List<WeightSet> sets =
        List.of(
            new WeightSet("Groupe 1", List.of(NeedIndicator.of("POVERTY_RATE", 1))),
            new WeightSet("Groupe 2", List.of(NeedIndicator.of("CH_PHASE", 1))),
            new WeightSet("Groupe 3", SixDepartments.parameters().needIndicators()));
    WeightSetAgreement agreement =
        WeightSetComparison.compare(SixDepartments.inputs(), SixDepartments.parameters(), sets);
    assertThat(agreement.setNames()).containsExactly("Groupe 1", "Groupe 2", "Groupe 3");
    assertThat(agreement.pairs()).hasSize(3);
    assertThat(agreement.allSetsAgreement()).isEqualTo(1.0);
    // Dakar lacks a household size for its household counts: never scored, never agreeing.
    WeightSetAgreement.UnitAgreement dakar = agreement.units().get(5);
    assertThat(dakar.classes()).containsOnly(Optional.empty());
    assertThat(dakar.modalClass()).isEmpty();
    assertThat(dakar.agreement()).isEqualTo(0.0);
    assertThat(agreement.units().get(2).modalClass()).contains(UnitClass.GAP);
  }

  @Test
  void measuresDisagreementBetweenWeightSets() {
    // With a 0.85 cut-off: poverty only -> high need Matam (1), Goudiry (.9): Matam CONVERGENCE,
    // Goudiry GAP, Podor (.8) and Kanel LOW_PRIORITY. Phase only -> Podor (1) CONVERGENCE,
    // Goudiry (1) GAP, Matam (.5) and Kanel LOW_PRIORITY. They differ on Podor and Matam: 3 of 5
    // scored units agree (Dakar is not scored under phase weights).
    ConvergenceParameters strict =
        SixDepartments.parameters()
            .withThresholds(
                new ClassThresholds(Threshold.absolute(0.85), Threshold.absolute(0.25), 2, 1));
    WeightSetAgreement agreement =
        WeightSetComparison.compare(
            SixDepartments.inputs(),
            strict,
            List.of(
                new WeightSet("pauvreté", List.of(NeedIndicator.of("POVERTY_RATE", 1))),
                new WeightSet("insécurité", List.of(NeedIndicator.of("CH_PHASE", 1)))));
    assertThat(agreement.pairs())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.unitsCompared()).isEqualTo(5);
              assertThat(p.agreement()).isCloseTo(0.6, within(1e-12));
            });
    assertThat(agreement.allSetsAgreement()).isCloseTo(0.6, within(1e-12));
    assertThat(agreement.units().get(0).classes())
        .containsExactly(Optional.of(UnitClass.LOW_PRIORITY), Optional.of(UnitClass.CONVERGENCE));
    assertThat(agreement.units().get(0).agreement()).isEqualTo(0.5);
  }

  @Test
  void rejectsFewerThanTwoWeightSets() {
    assertThatThrownBy(
            () ->
                WeightSetComparison.compare(
                    SixDepartments.inputs(),
                    SixDepartments.parameters(),
                    List.of(new WeightSet("seul", List.of(NeedIndicator.of("POVERTY_RATE", 1))))))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
