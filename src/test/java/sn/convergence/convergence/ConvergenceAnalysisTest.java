package sn.convergence.convergence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static sn.convergence.convergence.Fixtures.pcode;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import sn.convergence.geography.AdminLevel;

class ConvergenceAnalysisTest {

  private static final double EPS = 1e-12;

  private final ConvergenceResult result =
      ConvergenceAnalysis.compute(SixDepartments.inputs(), SixDepartments.parameters());

  @Test
  void classifiesTheHandComputedUnits() {
    Map<String, String> classes =
        result.units().stream()
            .collect(
                Collectors.toMap(
                    u -> u.name(), u -> u.unitClass().map(Enum::name).orElse(u.status().name())));
    assertThat(classes)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "Podor", "CONVERGENCE",
                "Matam", "CONVERGENCE",
                "Kanel", "GAP",
                "Mbour", "DUPLICATION",
                "Goudiry", "GAP",
                "Dakar", "INSUFFICIENT_DATA"));
    assertThat(result.units())
        .extracting(UnitProfile::name)
        .containsExactly("Podor", "Matam", "Kanel", "Mbour", "Goudiry", "Dakar");
    assertThat(result.status()).isEqualTo(DataStatus.SCORED);
    assertThat(result.thresholds()).isEqualTo(new ResolvedThresholds(0.5, 0.25, 2, 1));
  }

  @Test
  void needBreaksDownIntoWeightTimesNormalisedValue() {
    UnitScores podor = scores("SN0101");
    assertThat(podor.need().value()).isCloseTo(0.88, within(EPS));
    NeedPart poverty = podor.need().parts().get(0);
    assertThat(poverty)
        .isEqualTo(
            new NeedPart("POVERTY_RATE", 60, 2021, "ANSD", 20, 70, true, 0.8, 0.6, 0.6 * 0.8));
    NeedPart phase = podor.need().parts().get(1);
    assertThat(phase.min()).isEqualTo(1);
    assertThat(phase.max()).isEqualTo(3);
    assertThat(phase.contribution()).isCloseTo(0.4, within(EPS));
    assertThat(scores("SN0102").need().value()).isCloseTo(0.80, within(EPS));
    assertThat(scores("SN0105").need().value()).isCloseTo(0.94, within(EPS));
    assertThat(scores("SN0104").need().value()).isEqualTo(0.0);
  }

  @Test
  void unitAtTheNeedCutOffCountsAsHighNeed() {
    assertThat(scores("SN0103").need().value()).isEqualTo(0.5);
    assertThat(scores("SN0103").unitClass()).isEqualTo(UnitClass.GAP);
  }

  @Test
  void coverageComparesHouseholdsWithPoorHouseholdsAndPupilsWithSchoolAgeChildren() {
    UnitScores podor = scores("SN0101");
    assertThat(podor.coverageLines())
        .extracting(CoverageLine::familyCode, CoverageLine::beneficiaryUnit)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("CASH_TRANSFER", "HOUSEHOLDS"),
            org.assertj.core.groups.Tuple.tuple("RESILIENCE", "HOUSEHOLDS"),
            org.assertj.core.groups.Tuple.tuple("SCHOOL_FEEDING", "PUPILS"));
    CoverageLine grants = podor.coverageLines().get(0);
    assertThat(grants.denominator().orElseThrow().code()).isEqualTo("POOR_HOUSEHOLDS");
    assertThat(grants.denominator().orElseThrow().value()).isCloseTo(6000, within(1e-9));
    assertThat(grants.ratio().orElseThrow()).isCloseTo(0.5, within(EPS));
    assertThat(podor.coverageLines().get(2).denominator().orElseThrow().code())
        .isEqualTo("SCHOOL_AGE_CHILDREN");
    assertThat(podor.components())
        .extracting(ComponentPresence::present)
        .containsExactly(true, true, true, false);
    assertThat(podor.coverage()).isCloseTo(0.30, within(EPS));
    assertThat(podor.complementarity()).isEqualTo(0.75);
    assertThat(podor.gap()).isCloseTo(0.616, within(EPS));
    assertThat(scores("SN0102").coverage()).isCloseTo(0.275, within(EPS));
    assertThat(scores("SN0103").coverage()).isCloseTo(0.025, within(EPS));
    assertThat(scores("SN0104").coverage()).isCloseTo(0.0625, within(EPS));
    assertThat(scores("SN0105").coverage()).isEqualTo(0.0);
    assertThat(scores("SN0105").gap()).isCloseTo(0.94, within(EPS));
  }

  @Test
  void gapOutranksConvergenceWhenBothHoldAndAllMatchesAreReported() {
    ConvergenceInputs thinMatam = SixDepartmentsVariants.matamWithThinnerCanteens();
    UnitScores matam =
        ConvergenceAnalysis.compute(thinMatam, SixDepartments.parameters())
            .unit(pcode("SN0102"))
            .orElseThrow()
            .scores()
            .orElseThrow();
    assertThat(matam.matchedClasses())
        .containsExactly(UnitClass.GAP, UnitClass.CONVERGENCE, UnitClass.LOW_PRIORITY);
    assertThat(matam.unitClass()).isEqualTo(UnitClass.GAP);
  }

  @Test
  void detectsDuplicationOfOneTypeForOneTargetGroupBySeveralActors() {
    assertThat(scores("SN0104").duplications())
        .containsExactly(
            new Duplication(
                "LEAN_SEASON_RESPONSE",
                "FOOD_INSECURE_HOUSEHOLDS",
                List.of("CSA-SOUDURE", "PAM-SOUDURE"),
                List.of("CSA", "WFP")));
    assertThat(scores("SN0101").duplications()).isEmpty();
  }

  @Test
  void reportsMissingItemsInsteadOfScoringDakar() {
    UnitProfile dakar = result.unit(pcode("SN0106")).orElseThrow();
    assertThat(dakar.status()).isEqualTo(DataStatus.INSUFFICIENT_DATA);
    assertThat(dakar.scores()).isEmpty();
    assertThat(dakar.missing())
        .extracting(MissingItem::kind, MissingItem::code)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(MissingItem.Kind.NEED_INDICATOR, "CH_PHASE"),
            org.assertj.core.groups.Tuple.tuple(
                MissingItem.Kind.DENOMINATOR_INDICATOR, "HOUSEHOLD_SIZE"));
  }

  @Test
  void groupsContiguousUnitsOfOneClassIntoNamedZones() {
    assertThat(result.zones())
        .extracting(Zone::id, Zone::nameFr, Zone::units)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "GAP-SN0103", "Kanel – Goudiry", List.of(pcode("SN0103"), pcode("SN0105"))),
            org.assertj.core.groups.Tuple.tuple(
                "CONVERGENCE-SN0101", "Podor – Matam", List.of(pcode("SN0101"), pcode("SN0102"))),
            org.assertj.core.groups.Tuple.tuple(
                "DUPLICATION-SN0104", "Mbour", List.of(pcode("SN0104"))));
    assertThat(result.zones().get(0).meanNeed()).isCloseTo(0.72, within(EPS));
    assertThat(result.zones().get(0).maxNeed()).isCloseTo(0.94, within(EPS));
  }

  @Test
  void proposesSynergiesThenExpansionsInTheConvergenceZone() {
    List<Activity> activities = zone("CONVERGENCE-SN0101").activities();
    assertThat(activities)
        .extracting(Activity::kind, Activity::code, Activity::units)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                ActivityKind.SYNERGY, "CANTEENS_LOCAL_PURCHASE", List.of(pcode("SN0101"))),
            org.assertj.core.groups.Tuple.tuple(
                ActivityKind.SYNERGY, "GRANTS_WITH_RESILIENCE", List.of(pcode("SN0101"))),
            org.assertj.core.groups.Tuple.tuple(
                ActivityKind.EXPANSION,
                "SHOCK_ASSISTANCE",
                List.of(pcode("SN0101"), pcode("SN0102"))),
            org.assertj.core.groups.Tuple.tuple(
                ActivityKind.EXPANSION, "RESILIENCE", List.of(pcode("SN0102"))));
    Activity grantsAndR4 = activities.get(1);
    assertThat(grantsAndR4.interventions()).containsExactly("PNBSF", "R4");
    assertThat(grantsAndR4.organisations()).containsExactly("DGPSN", "OXFAM", "WFP");
    assertThat(grantsAndR4.labelFr()).contains("bourses familiales");
    assertThat(grantsAndR4.labelEn()).contains("Family-grant");
    Activity resilience = activities.get(3);
    assertThat(resilience.interventions()).containsExactly("R4");
    assertThat(resilience.labelFr()).startsWith("Étendre : Résilience");
  }

  @Test
  void proposesExpansionsFirstInTheGapZone() {
    List<Activity> activities = zone("GAP-SN0103").activities();
    assertThat(activities)
        .extracting(Activity::kind, Activity::code)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(ActivityKind.EXPANSION, "RESILIENCE"),
            org.assertj.core.groups.Tuple.tuple(ActivityKind.EXPANSION, "SCHOOL_CANTEENS"),
            org.assertj.core.groups.Tuple.tuple(ActivityKind.EXPANSION, "SHOCK_ASSISTANCE"),
            org.assertj.core.groups.Tuple.tuple(ActivityKind.EXPANSION, "FAMILY_GRANTS"));
    assertThat(activities.get(0).rationaleFr())
        .isEqualTo("Besoin élevé (indice moyen 0,72) et composante absente dans 2 unité(s).");
    assertThat(activities.get(0).rationaleEn())
        .isEqualTo("High need (mean index 0.72) and component missing in 2 unit(s).");
    assertThat(activities.get(3).units()).containsExactly(pcode("SN0105"));
    assertThat(activities.get(3).interventions()).containsExactly("PNBSF");
  }

  @Test
  void proposesCoordinationOfTheDuplicatedLeanSeasonAssistance() {
    assertThat(zone("DUPLICATION-SN0104").activities())
        .extracting(Activity::kind, Activity::code, Activity::organisations)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                ActivityKind.COORDINATION,
                "LEAN_SEASON_RESPONSE/FOOD_INSECURE_HOUSEHOLDS",
                List.of("CSA", "WFP")));
  }

  @Test
  void quantileThresholdsAreResolvedOverScoredUnitsOnly() {
    ConvergenceParameters byQuantile =
        SixDepartments.parameters()
            .withThresholds(
                new ClassThresholds(Threshold.quantile(0.5), Threshold.quantile(0.5), 2, 1));
    ConvergenceResult quantiles = ConvergenceAnalysis.compute(SixDepartments.inputs(), byQuantile);
    // scored needs 0, .5, .8, .88, .94: median .8; coverages 0, .025, .0625, .275, .30: median
    // .0625
    assertThat(quantiles.thresholds().highNeed()).isCloseTo(0.8, within(EPS));
    assertThat(quantiles.thresholds().lowCoverage()).isCloseTo(0.0625, within(EPS));
    assertThat(quantiles.unit(pcode("SN0103")).orElseThrow().unitClass())
        .contains(UnitClass.LOW_PRIORITY);
  }

  @Test
  void reportsAPeriodWithoutAnyCoverageAsInsufficientData() {
    ConvergenceInputs empty =
        new ConvergenceInputs(
            SixDepartments.inputs().units().stream()
                .map(u -> new UnitInput(u.pcode(), u.name(), u.level(), u.context(), List.of()))
                .toList(),
            Map.of());
    ConvergenceResult none = ConvergenceAnalysis.compute(empty, SixDepartments.parameters());
    assertThat(none.status()).isEqualTo(DataStatus.INSUFFICIENT_DATA);
    assertThat(none.units()).allSatisfy(u -> assertThat(u.unitClass()).isEmpty());
    assertThat(none.units().get(0).missing())
        .extracting(MissingItem::kind)
        .containsExactly(MissingItem.Kind.PERIOD_COVERAGE);
    assertThat(none.zones()).isEmpty();
  }

  @Test
  void rejectsUnitsOfAnotherLevel() {
    ConvergenceParameters communes = ConvergenceParameters.defaults(AdminLevel.COMMUNE, "2021");
    assertThatThrownBy(() -> ConvergenceAnalysis.compute(SixDepartments.inputs(), communes))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("SN0101");
  }

  @Test
  void rejectsAPrecedenceThatDoesNotEndWithLowPriority() {
    ConvergenceParameters p = SixDepartments.parameters();
    assertThatThrownBy(
            () ->
                new ConvergenceParameters(
                    p.level(),
                    p.periodLabel(),
                    p.needIndicators(),
                    p.thresholds(),
                    p.integratedPackage(),
                    p.duplicationRule(),
                    p.synergyRules(),
                    List.of(
                        UnitClass.LOW_PRIORITY,
                        UnitClass.GAP,
                        UnitClass.CONVERGENCE,
                        UnitClass.DUPLICATION),
                    p.coverageFigure()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void fingerprintsInputsAndParameters() {
    String fingerprint = result.fingerprint();
    assertThat(fingerprint).hasSize(64).matches("[0-9a-f]+");
    assertThat(ConvergenceAnalysis.compute(SixDepartments.inputs(), SixDepartments.parameters()))
        .isEqualTo(result);
    ConvergenceParameters otherPeriod =
        ConvergenceParameters.defaults(AdminLevel.DEPARTMENT, "2022")
            .withNeedIndicators(SixDepartments.parameters().needIndicators())
            .withThresholds(SixDepartments.parameters().thresholds());
    assertThat(ConvergenceAnalysis.fingerprint(SixDepartments.inputs(), otherPeriod))
        .isNotEqualTo(fingerprint);
    assertThat(
            ConvergenceAnalysis.fingerprint(
                SixDepartmentsVariants.matamWithThinnerCanteens(), SixDepartments.parameters()))
        .isNotEqualTo(fingerprint);
  }

  @Test
  void countsUnitsWithoutDenominatorForPresenceOnlyAndSaysSo() {
    ConvergenceInputs withHectares =
        new ConvergenceInputs(
            List.of(
                Fixtures.department(
                    "SN0101",
                    "Podor",
                    Fixtures.context("POVERTY_RATE", 60, "CH_PHASE", 3),
                    Fixtures.fact(
                        "R4",
                        "ASSETS",
                        "RESILIENCE",
                        "WFP",
                        "SMALLHOLDER_FARMERS",
                        "HECTARES",
                        80))),
            Map.of());
    UnitProfile podor =
        ConvergenceAnalysis.compute(withHectares, SixDepartments.parameters()).units().get(0);
    UnitScores scores = podor.scores().orElseThrow();
    assertThat(scores.components().get(2).present()).isTrue();
    assertThat(scores.coverage()).isEqualTo(0.0);
    assertThat(scores.coverageLines().get(0).ratio()).isEmpty();
    assertThat(podor.warnings()).containsExactly("HECTARES has no denominator: R4");
  }

  @Test
  void namesLargeZonesWithTheFirstFourUnits() {
    List<String> names = List.of("A", "B", "C", "D", "E", "F");
    assertThat(ZoneFinder.nameFr(names)).isEqualTo("A – B – C – D et 2 autres");
    assertThat(ZoneFinder.nameEn(names)).isEqualTo("A – B – C – D and 2 more");
  }

  @Test
  void computesType7Quantiles() {
    double[] values = {0, 0.5, 0.8, 0.88, 0.94};
    assertThat(Quantiles.type7(values, 0.5)).isEqualTo(0.8);
    assertThat(Quantiles.type7(values, 0.6)).isCloseTo(0.8 + 0.4 * 0.08, within(EPS));
    assertThat(Quantiles.type7(values, 1)).isEqualTo(0.94);
    assertThat(Quantiles.type7(new double[0], 0.5)).isNaN();
  }

  private UnitScores scores(String pcode) {
    return result.unit(pcode(pcode)).orElseThrow().scores().orElseThrow();
  }

  private Zone zone(String id) {
    return result.zones().stream().filter(z -> z.id().equals(id)).findFirst().orElseThrow();
  }
}
