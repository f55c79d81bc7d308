package sn.convergence.convergence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import sn.convergence.geography.AdminLevel;
import sn.convergence.geography.PCode;

/** Properties checked over 200 seeded random instances each (jqwik does not run on JUnit 6). */
class ConvergencePropertiesTest {

  private static final int INSTANCES = 200;

  private static final ConvergenceParameters PARAMETERS =
      ConvergenceParameters.defaults(AdminLevel.DEPARTMENT, "2021");

  @Test
  void addingCoverageNeverRaisesAUnitsGap() {
    RandomInstances random = new RandomInstances(11, 0);
    for (int i = 0; i < INSTANCES; i++) {
      ConvergenceInputs before = random.next(12, 6);
      int target = random.random().nextInt(before.units().size());
      CoverageFact added = random.fact();
      ConvergenceInputs after = withFact(before, target, added);
      Map<PCode, Double> gapsBefore = gaps(ConvergenceAnalysis.compute(before, PARAMETERS));
      Map<PCode, Double> gapsAfter = gaps(ConvergenceAnalysis.compute(after, PARAMETERS));
      PCode changed = before.units().get(target).pcode();
      assertThat(gapsAfter.keySet()).isEqualTo(gapsBefore.keySet());
      gapsBefore.forEach(
          (pcode, gap) -> {
            if (pcode.equals(changed)) {
              assertThat(gapsAfter.get(pcode))
                  .as("gap of %s after %s", pcode, added)
                  .isLessThanOrEqualTo(gap);
            } else {
              assertThat(gapsAfter.get(pcode)).isEqualTo(gap);
            }
          });
    }
  }

  @Test
  void reorderingUnitsFactsAndNeighboursChangesNothing() {
    RandomInstances random = new RandomInstances(12, 0.08);
    for (int i = 0; i < INSTANCES; i++) {
      ConvergenceInputs inputs = random.next(15, 5);
      ConvergenceResult original = ConvergenceAnalysis.compute(inputs, PARAMETERS);
      ConvergenceResult reordered =
          ConvergenceAnalysis.compute(random.shuffled(inputs), PARAMETERS);
      assertThat(reordered).isEqualTo(original);
    }
  }

  @Test
  void renamingUnitsChangesOnlyTheNames() {
    RandomInstances random = new RandomInstances(13, 0.08);
    for (int i = 0; i < INSTANCES; i++) {
      ConvergenceInputs inputs = random.next(15, 5);
      ConvergenceInputs renamed =
          new ConvergenceInputs(
              inputs.units().stream().map(u -> u.withName("Z" + u.pcode().value())).toList(),
              inputs.adjacency());
      ConvergenceResult original = ConvergenceAnalysis.compute(inputs, PARAMETERS);
      ConvergenceResult after = ConvergenceAnalysis.compute(renamed, PARAMETERS);
      assertThat(after.fingerprint()).isNotEqualTo(original.fingerprint());
      assertThat(withoutNames(after)).isEqualTo(withoutNames(original));
      assertThat(after.units()).allSatisfy(u -> assertThat(u.name()).isEqualTo("Z" + u.pcode()));
    }
  }

  @Test
  void missingDataNeverYieldsAClass() {
    RandomInstances random = new RandomInstances(14, 0.15);
    int insufficient = 0;
    for (int i = 0; i < INSTANCES; i++) {
      ConvergenceInputs inputs = random.next(15, 5);
      ConvergenceResult result = ConvergenceAnalysis.compute(inputs, PARAMETERS);
      Map<PCode, UnitInput> byPcode =
          inputs.units().stream().collect(Collectors.toMap(UnitInput::pcode, Function.identity()));
      for (UnitProfile profile : result.units()) {
        UnitInput input = byPcode.get(profile.pcode());
        boolean lacksNeed =
            PARAMETERS.needIndicators().stream()
                .anyMatch(ind -> input.contextValue(ind.code()).isEmpty());
        boolean lacksDenominator =
            input.coverage().stream()
                .filter(f -> f.figure(PARAMETERS.coverageFigure()) != null)
                .anyMatch(f -> !Denominators.missingFor(f.beneficiaryUnit(), input).isEmpty());
        if (lacksNeed || lacksDenominator) {
          insufficient++;
          assertThat(profile.status()).isEqualTo(DataStatus.INSUFFICIENT_DATA);
        }
        if (profile.status() == DataStatus.INSUFFICIENT_DATA) {
          assertThat(profile.unitClass()).isEmpty();
          assertThat(profile.scores()).isEmpty();
          assertThat(profile.missing()).isNotEmpty();
        } else {
          assertThat(profile.missing()).isEmpty();
        }
      }
      List<PCode> zoned = result.zones().stream().flatMap(z -> z.units().stream()).toList();
      assertThat(zoned)
          .allSatisfy(p -> assertThat(result.unit(p).orElseThrow().scores()).isPresent());
    }
    assertThat(insufficient).as("the generator produces missing data").isGreaterThan(INSTANCES);
  }

  @Test
  void scoresStayWithinBoundsAndClassesFollowTheRules() {
    RandomInstances random = new RandomInstances(15, 0.05);
    for (int i = 0; i < INSTANCES; i++) {
      ConvergenceResult result = ConvergenceAnalysis.compute(random.next(15, 5), PARAMETERS);
      for (UnitProfile profile : result.units()) {
        profile
            .scores()
            .ifPresent(
                s -> {
                  assertThat(s.need().value()).isBetween(0.0, 1.0);
                  assertThat(s.coverage()).isBetween(0.0, 1.0);
                  assertThat(s.gap()).isBetween(0.0, 1.0);
                  double sum = 0;
                  for (NeedPart part : s.need().parts()) {
                    sum += part.contribution();
                  }
                  assertThat(sum).isEqualTo(s.need().value());
                  assertThat(s.unitClass()).isEqualTo(s.matchedClasses().get(0));
                  boolean highNeed = s.need().value() >= result.thresholds().highNeed();
                  if (s.unitClass() == UnitClass.GAP) {
                    assertThat(highNeed).isTrue();
                    assertThat(s.coverage()).isLessThanOrEqualTo(result.thresholds().lowCoverage());
                  }
                  if (s.unitClass() == UnitClass.CONVERGENCE) {
                    assertThat(highNeed).isTrue();
                    assertThat(s.componentsPresent()).isGreaterThanOrEqualTo(2);
                  }
                });
      }
    }
  }

  private static ConvergenceInputs withFact(
      ConvergenceInputs inputs, int target, CoverageFact added) {
    List<UnitInput> units = new ArrayList<>(inputs.units());
    UnitInput unit = units.get(target);
    List<CoverageFact> facts = new ArrayList<>(unit.coverage());
    facts.add(added);
    units.set(
        target, new UnitInput(unit.pcode(), unit.name(), unit.level(), unit.context(), facts));
    return new ConvergenceInputs(units, inputs.adjacency());
  }

  private static Map<PCode, Double> gaps(ConvergenceResult result) {
    return result.units().stream()
        .filter(u -> u.scores().isPresent())
        .collect(Collectors.toMap(UnitProfile::pcode, u -> u.scores().orElseThrow().gap()));
  }

  private static ConvergenceResult withoutNames(ConvergenceResult r) {
    return new ConvergenceResult(
        "",
        r.level(),
        r.periodLabel(),
        r.status(),
        r.missing(),
        r.thresholds(),
        r.units().stream()
            .map(
                u ->
                    new UnitProfile(
                        u.pcode(),
                        "",
                        u.level(),
                        u.status(),
                        u.missing(),
                        u.warnings(),
                        u.scores()))
            .toList(),
        r.zones().stream()
            .map(
                z ->
                    new Zone(
                        z.id(),
                        z.unitClass(),
                        "",
                        "",
                        z.units(),
                        z.meanNeed(),
                        z.maxNeed(),
                        z.activities()))
            .toList());
  }
}
