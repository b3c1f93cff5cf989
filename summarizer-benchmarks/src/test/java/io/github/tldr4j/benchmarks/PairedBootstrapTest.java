package io.github.tldr4j.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

final class PairedBootstrapTest {

  @Test
  void aConstantDifferenceNeverFlips() {
    double[] b = {0.1, 0.5, 0.3, 0.9, 0.2};
    double[] a = Arrays.stream(b).map(x -> x + 0.05).toArray();
    PairedBootstrap.Result r = PairedBootstrap.run(a, b, 2_000, 7);
    assertEquals(0.05, r.margin(), 1e-12);
    assertEquals(0.0, r.flipProbability());
    assertEquals(0.05, r.low(), 1e-12);
    assertEquals(0.05, r.high(), 1e-12);
    assertEquals(0.4, r.meanB(), 1e-12);
    assertEquals(0.45, r.meanA(), 1e-12);
  }

  @Test
  void identicalSystemsAlwaysFlip() {
    double[] a = {0.2, 0.4, 0.6};
    PairedBootstrap.Result r = PairedBootstrap.run(a, a.clone(), 500, 1);
    assertEquals(0.0, r.margin());
    assertEquals(1.0, r.flipProbability());
  }

  @Test
  void theSignOfTheMarginDecidesWhatAFlipIs() {
    // b ahead on every document but one: a flip is a resample where a is ahead or level
    double[] a = {0.0, 0.0, 0.0, 0.0, 1.0};
    double[] b = {0.3, 0.3, 0.3, 0.3, 0.0};
    PairedBootstrap.Result r = PairedBootstrap.run(a, b, 20_000, 3);
    assertEquals(-0.04, r.margin(), 1e-12);
    // a resample with k draws of the last document sums to 1.3k - 1.5, >= 0 exactly when k >= 2:
    // P(k >= 2) over 5 draws with p = 1/5 is 1 - 0.8^5 - 5 * 0.2 * 0.8^4 = 0.263
    double expected = 1 - Math.pow(0.8, 5) - 5 * 0.2 * Math.pow(0.8, 4);
    assertEquals(expected, r.flipProbability(), 0.01);
    assertTrue(r.low() < r.margin() && r.margin() < r.high(), r.toString());
  }

  @Test
  void flipProbabilityFollowsTheStandardErrorOfTheMeanDifference() {
    // differences of +1 with probability 0.6 and -1 with 0.4 on 400 documents: mean 0.2,
    // standard error 0.98 / 20 = 0.049, so a flip (mean <= 0) is about 4 standard errors away
    // and the normal approximation gives well under 0.001; at 25 documents (se 0.196) about 0.15-0.2
    double[] b = new double[400];
    double[] a = new double[400];
    for (int i = 0; i < a.length; i++) {
      a[i] = i % 5 < 3 ? 1.0 : -1.0;
    }
    PairedBootstrap.Result large = PairedBootstrap.run(a, b, 10_000, 5);
    assertTrue(large.flipProbability() < 0.001, large.toString());
    double[] small = Arrays.copyOf(a, 25);
    PairedBootstrap.Result r = PairedBootstrap.run(small, new double[25], 10_000, 5);
    assertTrue(r.flipProbability() > 0.1 && r.flipProbability() < 0.3, r.toString());
  }

  @Test
  void theSameSeedGivesTheSameResultAndAnotherSeedNearlyIt() {
    double[] a = {0.31, 0.42, 0.18, 0.77, 0.50, 0.29, 0.61};
    double[] b = {0.30, 0.45, 0.10, 0.70, 0.52, 0.33, 0.58};
    assertEquals(PairedBootstrap.run(a, b, 5_000, 9), PairedBootstrap.run(a, b, 5_000, 9));
    double one = PairedBootstrap.run(a, b, 20_000, 1).flipProbability();
    double other = PairedBootstrap.run(a, b, 20_000, 2).flipProbability();
    assertEquals(one, other, 0.02);
  }

  @Test
  void badArgumentsAreRejected() {
    assertThrows(
        IllegalArgumentException.class,
        () -> PairedBootstrap.run(new double[2], new double[3], 10, 1));
    assertThrows(
        IllegalArgumentException.class,
        () -> PairedBootstrap.run(new double[0], new double[0], 10, 1));
    assertThrows(
        IllegalArgumentException.class,
        () -> PairedBootstrap.run(new double[2], new double[2], 0, 1));
  }

  @Test
  void percentileTakesTheValueAtItsRank() {
    double[] sorted = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
    assertEquals(1.0, PairedBootstrap.percentile(sorted, 0.0));
    assertEquals(1.0, PairedBootstrap.percentile(sorted, 0.025));
    assertEquals(10.0, PairedBootstrap.percentile(sorted, 0.975));
    assertEquals(5.0, PairedBootstrap.percentile(sorted, 0.5));
  }
}
