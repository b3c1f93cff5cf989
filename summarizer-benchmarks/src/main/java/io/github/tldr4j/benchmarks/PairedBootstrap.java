package io.github.tldr4j.benchmarks;

import java.util.Arrays;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * A paired bootstrap over documents (Efron and Tibshirani 1993; for summarization, as in Koehn
 * 2004's test for machine translation): how likely a set of documents of the same size, drawn
 * like the measured one, reverses the sign of the difference between two systems' mean scores.
 *
 * <p>Each resample draws {@code n} documents with replacement from the {@code n} measured ones and
 * takes the mean of the per-document differences {@code a[i] - b[i]} over them. The <b>flip
 * probability</b> is the share of resamples whose mean difference does not have the sign of the
 * measured margin (a difference of exactly 0 counts as a flip, so a margin of 0 flips with
 * probability 1): read it as the chance that a held-out twin of the data, of the same size, shows
 * the other system ahead or level. The interval is the resamples' 2.5th and 97.5th percentiles.
 * Deterministic for a given seed. Stateless.
 */
final class PairedBootstrap {

  /** The outcome, in the units of the scores. */
  record Result(
      int documents,
      double meanA,
      double meanB,
      double margin,
      double low,
      double high,
      double flipProbability,
      int samples) {}

  private PairedBootstrap() {}

  /**
   * Runs the bootstrap.
   *
   * @param a the first system's per-document scores
   * @param b the second system's scores of the same documents, in the same order
   * @param samples the number of resamples, at least 1
   * @param seed the random seed
   * @throws IllegalArgumentException if the arrays differ in length or are empty, or samples < 1
   */
  static Result run(double[] a, double[] b, int samples, long seed) {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    int n = a.length;
    if (n != b.length) {
      throw new IllegalArgumentException("expected as many scores of b as of a: " + n + " and " + b.length);
    }
    if (n == 0) {
      throw new IllegalArgumentException("no documents");
    }
    if (samples < 1) {
      throw new IllegalArgumentException("samples must be at least 1: " + samples);
    }
    double[] difference = new double[n];
    double sumA = 0.0;
    double sumB = 0.0;
    for (int i = 0; i < n; i++) {
      difference[i] = a[i] - b[i];
      sumA += a[i];
      sumB += b[i];
    }
    double meanA = sumA / n;
    double meanB = sumB / n;
    double margin = mean(difference);
    SplittableRandom random = new SplittableRandom(seed);
    double[] means = new double[samples];
    int flips = 0;
    for (int s = 0; s < samples; s++) {
      double sum = 0.0;
      for (int k = 0; k < n; k++) {
        sum += difference[random.nextInt(n)];
      }
      double mean = sum / n;
      means[s] = mean;
      if (margin > 0.0 ? mean <= 0.0 : margin < 0.0 ? mean >= 0.0 : true) {
        flips++;
      }
    }
    Arrays.sort(means);
    return new Result(
        n,
        meanA,
        meanB,
        margin,
        percentile(means, 0.025),
        percentile(means, 0.975),
        (double) flips / samples,
        samples);
  }

  private static double mean(double[] values) {
    double sum = 0.0;
    for (double v : values) {
      sum += v;
    }
    return sum / values.length;
  }

  /** The value at rank {@code ceil(q * length)} (1-based) of sorted values: no interpolation. */
  static double percentile(double[] sorted, double q) {
    int rank = (int) Math.ceil(q * sorted.length);
    return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
  }
}
