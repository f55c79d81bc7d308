package sn.convergence.maps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import sn.convergence.registry.BeneficiaryUnit;
import sn.convergence.registry.Figures;
import sn.convergence.registry.UnitPresence;

class MeasureCalculatorTest {

  private static final UnitPresence KOLDA =
      new UnitPresence(
          "SN0701",
          "Kolda",
          "DEPARTMENT",
          3,
          List.of("A", "B", "C"),
          2,
          List.of("WFP", "DGPSN"),
          Map.of(
              BeneficiaryUnit.HOUSEHOLDS, new Figures(900, 800),
              BeneficiaryUnit.PEOPLE, new Figures(0, 6_000)),
          40_000_000,
          5);
  private static final UnitPresence MATAM =
      new UnitPresence("SN0902", "Matam", "DEPARTMENT", 0, List.of(), 0, List.of(), Map.of(), 0, 0);

  private static final Map<String, ContextSlice> CONTEXT_2021 =
      Map.of(
          "POPULATION",
          new ContextSlice("POPULATION", 2021, Map.of("SN0701", 320_000.0, "SN0902", 300_000.0)),
          "POVERTY_RATE",
          new ContextSlice("POVERTY_RATE", 2021, Map.of("SN0701", 50.0)));

  @Test
  void computesCoveragePerThousandPoorPeopleFromPopulationAndPovertyRate() {
    // Poor people in Kolda: 320,000 x 50 % = 160,000; 800 households per 160,000 -> 5 per 1,000.
    Measure measure = Measure.parse("COVERAGE_POOR", "HOUSEHOLDS");

    Map<String, Double> values =
        MeasureCalculator.values(measure, List.of(KOLDA, MATAM), CONTEXT_2021);

    assertThat(MeasureCalculator.poorPeople("SN0701", CONTEXT_2021)).isEqualTo(160_000.0);
    assertThat(values.get("SN0701")).isCloseTo(5.0, within(1e-9));
    assertThat(values.get("SN0902")).as("no poverty rate for Matam").isNull();
  }

  @Test
  void computesCoveragePerThousandInhabitants() {
    // 6,000 people per 320,000 inhabitants = 18.75 per 1,000.
    Map<String, Double> values =
        MeasureCalculator.values(
            Measure.parse("COVERAGE_PEOPLE", "PEOPLE"), List.of(KOLDA, MATAM), CONTEXT_2021);

    assertThat(values.get("SN0701")).isCloseTo(18.75, within(1e-9));
    assertThat(values.get("SN0902")).isZero();
  }

  @Test
  void dividesTheBudgetByReachedBeneficiariesAndLeavesUnitsWithoutAnyUnknown() {
    Map<String, Double> values =
        MeasureCalculator.values(
            Measure.parse("BUDGET_PER_BENEFICIARY", "HOUSEHOLDS"), List.of(KOLDA, MATAM), Map.of());

    assertThat(values.get("SN0701")).isEqualTo(50_000.0);
    assertThat(values).containsEntry("SN0902", null);
  }

  @Test
  void countsInterventionsActorsAndBeneficiariesOfTheChosenUnit() {
    List<UnitPresence> units = List.of(KOLDA);
    assertThat(MeasureCalculator.values(Measure.parse("INTERVENTIONS", null), units, Map.of()))
        .containsEntry("SN0701", 3.0);
    assertThat(MeasureCalculator.values(Measure.parse("ACTORS", null), units, Map.of()))
        .containsEntry("SN0701", 2.0);
    assertThat(MeasureCalculator.values(Measure.parse("BENEFICIARIES", "PEOPLE"), units, Map.of()))
        .containsEntry("SN0701", 6_000.0);
  }

  @Test
  void readsAContextIndicatorAsAMeasure() {
    Measure measure = Measure.parse("context:POVERTY_RATE", null);

    assertThat(measure.kind()).isEqualTo(MeasureKind.CONTEXT);
    assertThat(measure.code()).isEqualTo("context:POVERTY_RATE");
    assertThat(MeasureCalculator.values(measure, List.of(KOLDA, MATAM), CONTEXT_2021))
        .containsEntry("SN0701", 50.0)
        .containsEntry("SN0902", null);
  }

  @Test
  void fallsBackToInterventionsForAnUnknownMeasure() {
    assertThat(Measure.parse("DROP TABLE", "NOPE"))
        .isEqualTo(new Measure(MeasureKind.INTERVENTIONS, BeneficiaryUnit.HOUSEHOLDS, null));
  }
}
