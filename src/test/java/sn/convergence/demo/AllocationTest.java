package sn.convergence.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class AllocationTest {

  @Test
  void splitsInProportionWhenNoBoundBinds() {
    long[] shares = Allocation.allocate(600, new double[] {1, 2, 3}, 0, 1_000);
    assertThat(shares).containsExactly(100, 200, 300);
  }

  @Test
  void capsLargeItemsAndRaisesSmallOnesWhileKeepingTheTotal() {
    double[] weights = {100, 90, 80, 1, 1, 1, 1};
    long[] shares = Allocation.allocate(15_000, weights, 1_200, 2_500);
    assertThat(Arrays.stream(shares).boxed())
        .allSatisfy(s -> assertThat(s).isBetween(1_200L, 2_500L));
    assertThat(Arrays.stream(shares).sum()).isEqualTo(15_000);
  }

  @Test
  void sitsOnTheBoundsWhenTheTotalIsUnreachable() {
    long[] shares = Allocation.allocate(10, new double[] {1, 1}, 300, 15_000);
    assertThat(shares).containsExactly(300, 300);
  }
}
