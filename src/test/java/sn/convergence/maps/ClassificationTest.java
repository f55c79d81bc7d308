package sn.convergence.maps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Breaks computed by hand for each method; see the comments for the arithmetic. */
class ClassificationTest {

  @Test
  void cutsEqualIntervalsBetweenMinimumAndMaximum() {
    // (10 - 0) / 5 = 2 per class.
    double[] breaks =
        Classification.breaks(new double[] {10, 0, 5, 2}, 5, ClassMethod.EQUAL_INTERVALS);

    assertThat(breaks).containsExactly(0, 2, 4, 6, 8, 10);
    assertThat(Classification.classOf(breaks, 0)).isZero();
    assertThat(Classification.classOf(breaks, 2)).isZero();
    assertThat(Classification.classOf(breaks, 2.01)).isEqualTo(1);
    assertThat(Classification.classOf(breaks, 5)).isEqualTo(2);
    assertThat(Classification.classOf(breaks, 10)).isEqualTo(4);
  }

  @Test
  void putsTheSameNumberOfValuesInEachQuantile() {
    // n = 10, k = 5: upper bounds at ranks 2, 4, 6, 8, 10.
    double[] ten = {7, 1, 9, 3, 5, 2, 8, 4, 10, 6};

    assertThat(Classification.breaks(ten, 5, ClassMethod.QUANTILES))
        .containsExactly(1, 2, 4, 6, 8, 10);
    // k = 3: ranks ceil(10/3) = 4, ceil(20/3) = 7, 10.
    assertThat(Classification.breaks(ten, 3, ClassMethod.QUANTILES)).containsExactly(1, 4, 7, 10);
  }

  @Test
  void dropsQuantileClassesThatTiesLeaveEmpty() {
    // n = 8, k = 4: ranks 2, 4, 6, 8 -> 0, 0, 6, 8; the second 0 would bound an empty class.
    double[] breaks =
        Classification.breaks(new double[] {0, 0, 0, 0, 5, 6, 7, 8}, 4, ClassMethod.QUANTILES);

    assertThat(breaks).containsExactly(0, 0, 6, 8);
    assertThat(Classification.classOf(breaks, 0)).isZero();
    assertThat(Classification.classOf(breaks, 5)).isEqualTo(1);
    assertThat(Classification.classOf(breaks, 7)).isEqualTo(2);
  }

  @Test
  void findsNaturalBreaksBetweenObviousGroups() {
    double[] values = {21, 1, 2, 12, 3, 10, 11, 20, 22};

    assertThat(Classification.breaks(values, 3, ClassMethod.NATURAL_BREAKS))
        .containsExactly(1, 3, 12, 22);
  }

  @Test
  void minimisesSquaredDeviationsForNaturalBreaks() {
    // {2,4,5,9,10}, two groups: {2}|{4,5,9,10} = 26; {2,4}|{5,9,10} = 2 + 14 = 16;
    // {2,4,5}|{9,10} = 4.667 + 0.5 = 5.167 (best); {2,4,5,9}|{10} = 26.
    double[] values = {9, 2, 10, 4, 5};
    assertThat(Classification.breaks(values, 2, ClassMethod.NATURAL_BREAKS))
        .containsExactly(2, 5, 10);
    // Three groups: {2}|{4,5}|{9,10} = 0 + 0.5 + 0.5 = 1 (best); {2,4}|{5}|{9,10} = 2.5.
    assertThat(Classification.breaks(values, 3, ClassMethod.NATURAL_BREAKS))
        .containsExactly(2, 2, 5, 10);
    // {1,1,2,2,8,9}|{30} = 66.83 beats {1,1,2,2}|{8,9,30} = 1 + 308.67.
    assertThat(
            Classification.breaks(
                new double[] {1, 1, 2, 2, 8, 9, 30}, 2, ClassMethod.NATURAL_BREAKS))
        .containsExactly(1, 9, 30);
  }

  @Test
  void makesNoMoreNaturalClassesThanDistinctValues() {
    assertThat(Classification.breaks(new double[] {1, 5, 1}, 4, ClassMethod.NATURAL_BREAKS))
        .containsExactly(1, 1, 5);
  }

  @Test
  void givesOneClassWhenAllValuesAreEqual() {
    for (ClassMethod method : ClassMethod.values()) {
      double[] breaks = Classification.breaks(new double[] {3, 3, 3}, 5, method);
      assertThat(breaks).as(method.name()).containsExactly(3, 3);
      assertThat(Classification.classOf(breaks, 3)).isZero();
    }
  }

  @Test
  void refusesNoValuesAndImpossibleClassCounts() {
    assertThatThrownBy(() -> Classification.breaks(new double[0], 3, ClassMethod.QUANTILES))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Classification.breaks(new double[] {1}, 10, ClassMethod.QUANTILES))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                Classification.breaks(new double[] {1, Double.NaN}, 2, ClassMethod.EQUAL_INTERVALS))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
